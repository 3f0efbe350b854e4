package dev.launchready.cli;

/** How bad a finding is. {@code SKIP}: not checked (nothing to check, or the user did not say what). */
enum Severity {
    SKIP, PASS, WARN, FAIL;

    boolean atLeast(Severity other) {
        return compareTo(other) >= 0;
    }
}
