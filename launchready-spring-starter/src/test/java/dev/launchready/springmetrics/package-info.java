/** A Spring Boot app with Actuator and the Prometheus registry, outside the other test app's component scan. */
package dev.launchready.springmetrics;
