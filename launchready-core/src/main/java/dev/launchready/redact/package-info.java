/**
 * PLACEHOLDER until the redact-core branch lands: the lead replaces this package with the real
 * redactor at merge. Way in: {@link dev.launchready.redact.Redactor#defaults()}.
 */
package dev.launchready.redact;
