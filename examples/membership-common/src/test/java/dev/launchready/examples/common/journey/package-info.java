/**
 * A black-box walk through a running membership app over plain HTTP, shared by both apps' smoke tests
 * through this module's test-jar.
 */
package dev.launchready.examples.common.journey;
