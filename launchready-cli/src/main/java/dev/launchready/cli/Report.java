package dev.launchready.cli;

import java.time.Instant;
import java.util.List;

/** The outcome of one audit: findings in check order, latency figures, when and how long. */
record Report(String site, Instant started, long millis, List<Finding> findings, List<Latency> latency) {

    Severity worst() {
        return findings.stream().map(Finding::severity).max(Enum::compareTo).orElse(Severity.PASS);
    }

    long count(Severity severity) {
        return findings.stream().filter(f -> f.severity() == severity).count();
    }
}
