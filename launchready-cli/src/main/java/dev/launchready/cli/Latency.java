package dev.launchready.cli;

import java.time.Duration;

/**
 * The latency of one path, and the gate on it: an absolute p95 budget, and a regression against a
 * baseline of more than 20% and more than an absolute floor (p95 of small samples is noisy).
 */
record Latency(String path, int samples, double p50Millis, double p95Millis, int errors) {

    static final double REGRESSION = 0.20;
    static final double FLOOR_MILLIS = 5.0;

    static Latency of(String path, double[] millis, int errors) {
        return new Latency(path, millis.length, Percentiles.of(millis, 50), Percentiles.of(millis, 95), errors);
    }

    Finding judge(String subject, Duration maxP95, Double baselineP95) {
        String seen = String.format(java.util.Locale.ROOT, "p50 %.1f ms, p95 %.1f ms over %d requests", p50Millis,
                p95Millis, samples);
        if (maxP95 != null && p95Millis > maxP95.toMillis()) {
            return Finding.fail("latency", subject, seen + " (budget " + maxP95.toMillis() + " ms)",
                    "Profile this path (database queries, remote calls on the request thread) or cache its result.");
        }
        if (baselineP95 != null && p95Millis > baselineP95 * (1 + REGRESSION) && p95Millis - baselineP95 > FLOOR_MILLIS) {
            return Finding.fail("latency", subject, seen + String.format(java.util.Locale.ROOT,
                    " (baseline p95 %.1f ms: +%.0f%%)", baselineP95, (p95Millis / baselineP95 - 1) * 100),
                    "Find what the last change made slower before it ships; accept a new baseline only on purpose.");
        }
        return Finding.pass("latency", subject, seen + (baselineP95 == null ? ""
                : String.format(java.util.Locale.ROOT, " (baseline p95 %.1f ms)", baselineP95)));
    }
}
