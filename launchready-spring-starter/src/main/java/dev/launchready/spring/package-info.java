/**
 * Spring Boot wiring only: {@link dev.launchready.spring.LaunchReadyAutoConfiguration} builds core's
 * settings from Spring's {@code Environment}, collects health checks from beans, and registers the
 * servlet module's filter ahead of Spring Security. No decision is made here.
 */
package dev.launchready.spring;
