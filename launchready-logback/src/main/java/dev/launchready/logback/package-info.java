/**
 * Logback integration: every event is redacted once, on the logging thread, before any appender (or
 * encoder, JSON or plain) sees it. Way in: nothing, the jar installs itself through Logback's
 * {@code Configurator} service; or {@code <contextListener class="dev.launchready.logback.LogRedaction"/>}
 * in {@code logback.xml}; or {@link dev.launchready.logback.LogRedaction#install}.
 */
package dev.launchready.logback;
