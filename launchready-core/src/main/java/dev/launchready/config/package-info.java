/**
 * Settings: every LaunchReady setting has one key (such as {@code launchready.health.timeout}),
 * one default and one parser, all here. Servlet init-params, system properties, environment
 * variables and Spring properties are all read through the same {@code Function<String, String>}
 * lookup; the way in is {@link dev.launchready.config.LaunchReadySettings#from}.
 */
package dev.launchready.config;
