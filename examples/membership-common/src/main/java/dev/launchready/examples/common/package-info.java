/** How the demo apps are configured and wired from their shared parts. */
package dev.launchready.examples.common;
