/**
 * What the Logback and Log4j2 modules and the access log share: how a structured log field and a
 * message's arguments are redacted ({@link dev.launchready.logging.LogFields}) and what one access log
 * line says ({@link dev.launchready.logging.AccessLogLine}). The rules themselves live in
 * {@link dev.launchready.redact.Redactor}.
 */
package dev.launchready.logging;
