package dev.launchready.cli;

import java.util.Arrays;

/** Nearest-rank percentiles of a sample. */
final class Percentiles {

    private Percentiles() {
    }

    static double of(double[] samples, double percentile) {
        if (samples.length == 0) {
            throw new IllegalArgumentException("no samples");
        }
        double[] sorted = samples.clone();
        Arrays.sort(sorted);
        int rank = (int) Math.ceil(percentile / 100.0 * sorted.length);
        return sorted[Math.max(0, Math.min(sorted.length - 1, rank - 1))];
    }
}
