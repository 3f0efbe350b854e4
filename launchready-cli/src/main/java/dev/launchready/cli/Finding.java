package dev.launchready.cli;

/**
 * One result of one check.
 *
 * @param id stable identifier, e.g. {@code tls.expiry}; CI rules and baselines key on it
 * @param severity fail, warn, pass or skip
 * @param subject what was looked at: a host, URL or domain
 * @param seen what was seen: the record, the header, the redirect chain
 * @param fix how to fix it in a sentence or two; empty for a pass
 */
record Finding(String id, Severity severity, String subject, String seen, String fix) {

    static Finding pass(String id, String subject, String seen) {
        return new Finding(id, Severity.PASS, subject, seen, "");
    }

    static Finding skip(String id, String subject, String why) {
        return new Finding(id, Severity.SKIP, subject, why, "");
    }

    static Finding warn(String id, String subject, String seen, String fix) {
        return new Finding(id, Severity.WARN, subject, seen, fix);
    }

    static Finding fail(String id, String subject, String seen, String fix) {
        return new Finding(id, Severity.FAIL, subject, seen, fix);
    }
}
