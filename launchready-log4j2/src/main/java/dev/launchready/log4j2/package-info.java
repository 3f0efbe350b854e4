/**
 * Log4j2 integration: every event is created redacted, once, on the logging thread, so every appender
 * and layout (PatternLayout, JsonTemplateLayout, async appenders) sees only the redacted event. Way in:
 * nothing, the jar's {@code log4j2.component.properties} names
 * {@link dev.launchready.log4j2.RedactingLogEventFactory}; or
 * {@link dev.launchready.log4j2.Log4jRedaction#install}.
 */
package dev.launchready.log4j2;
