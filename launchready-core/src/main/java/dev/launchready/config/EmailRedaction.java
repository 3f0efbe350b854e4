package dev.launchready.config;

/** What the redactor does with an email address in a log line ({@code launchready.redact.emails}). */
public enum EmailRedaction {
    /** Replaced by {@code [EMAIL]}. */
    MASK,
    /** Replaced by {@code [EMAIL:<12 hex>]}, an HMAC of the lower-cased address under {@code launchready.redact.hash-key}: the same address gives the same label, so log lines stay correlatable. */
    HASH,
    /** Left as it is. */
    KEEP
}
