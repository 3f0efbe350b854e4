/**
 * Keeping secrets and personal data out of log lines. The way in is {@link dev.launchready.redact.Redactor}:
 * {@code Redactor.defaults().redact(line)}, or {@code Redactor.from(settings)} for the app's own rules,
 * allowlist and email mode. Everything else here is the engine: a keyword prefilter and hand-written
 * linear detectors per rule family.
 */
package dev.launchready.redact;
