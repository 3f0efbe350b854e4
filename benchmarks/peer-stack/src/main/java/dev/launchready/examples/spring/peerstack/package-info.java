/**
 * What a user adds by hand to the Spring example instead of LaunchReady, beyond properties and logback-spring.xml:
 * found by the example's own component scan, as a user's configuration classes would be.
 */
package dev.launchready.examples.spring.peerstack;
