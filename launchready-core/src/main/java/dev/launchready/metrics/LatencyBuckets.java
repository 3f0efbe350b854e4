package dev.launchready.metrics;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.TreeSet;

/**
 * The histogram bounds of {@code http.server.requests}: a 12 % geometric grid from 100 ms to 1.2 s
 * (where "is p95 under the target?" is decided), coarse bounds below and above it, and an exact bound at
 * every service-level target, so {@code le="0.3"} divided by the count is an exact share, not an
 * interpolation. At most {@link #MAX_BUCKETS} bounds (plus {@code +Inf}); {@code LatencyBucketsTest}
 * measures the {@code histogram_quantile} p95 error (at most 3 % for a p95 between 100 ms and 1 s).
 */
public final class LatencyBuckets {

    /** Bounds at most, {@code +Inf} not counted: Spring's default 66 + 1 costs 70 series per label set. */
    public static final int MAX_BUCKETS = 40;

    /** Targets at most: the grid has 34 bounds, each target adds at most one. */
    public static final int MAX_TARGETS = MAX_BUCKETS - 34;

    private static final double GRID_RATIO = 1.12;
    /** A grid bound closer than this (relative) to a target is dropped: the target replaces it. */
    private static final double NEAR = 0.04;

    private final List<Duration> bounds;

    private LatencyBuckets(List<Duration> bounds) {
        this.bounds = List.copyOf(bounds);
    }

    /** The default layout: one target at 300 ms. */
    public static LatencyBuckets defaults() {
        return withTargets(List.of(Duration.ofMillis(300)));
    }

    /**
     * The grid plus an exact bound at each target.
     *
     * @throws IllegalArgumentException with more than {@link #MAX_TARGETS} targets, or a target outside 1 ms to 60 s
     */
    public static LatencyBuckets withTargets(List<Duration> targets) {
        if (targets.size() > MAX_TARGETS) {
            throw new IllegalArgumentException("at most " + MAX_TARGETS + " targets");
        }
        TreeSet<Long> micros = new TreeSet<>();
        for (Duration target : targets) {
            if (target.compareTo(Duration.ofMillis(1)) < 0 || target.compareTo(Duration.ofSeconds(60)) > 0) {
                throw new IllegalArgumentException(target.toString());
            }
            micros.add(target.toNanos() / 1000);
        }
        List<Long> grid = grid();
        for (long point : grid) {
            boolean nearTarget = false;
            for (Duration target : targets) {
                double t = target.toNanos() / 1000.0;
                nearTarget |= Math.abs(point - t) / t < NEAR;
            }
            if (!nearTarget) {
                micros.add(point);
            }
        }
        List<Duration> bounds = new ArrayList<>();
        micros.forEach(us -> bounds.add(Duration.ofNanos(us * 1000)));
        return new LatencyBuckets(bounds);
    }

    /** 5 ms to 75 ms, 100 ms to 1.2 s in 12 % steps (rounded to the millisecond), then 1.5 s to 10 s. */
    static List<Long> grid() {
        List<Long> us = new ArrayList<>(List.of(5_000L, 10_000L, 25_000L, 50_000L, 75_000L));
        for (double ms = 100; ms < 1_250; ms *= GRID_RATIO) {
            us.add(Math.round(ms) * 1000);
        }
        us.addAll(List.of(1_500_000L, 2_000_000L, 2_500_000L, 3_000_000L, 5_000_000L, 10_000_000L));
        return us;
    }

    /** The bounds, ascending. */
    public List<Duration> bounds() {
        return bounds;
    }

    /** The bounds for Micrometer's {@code serviceLevelObjectives(Duration...)}. */
    public Duration[] toArray() {
        return bounds.toArray(new Duration[0]);
    }

    /** The bounds in seconds, ascending (the {@code le} labels Prometheus shows). */
    public double[] seconds() {
        double[] s = new double[bounds.size()];
        for (int i = 0; i < s.length; i++) {
            s[i] = bounds.get(i).toNanos() / 1e9;
        }
        return s;
    }

    /** The bounds in nanoseconds, for a timer's {@code DistributionStatisticConfig}. */
    public double[] nanos() {
        double[] n = new double[bounds.size()];
        for (int i = 0; i < n.length; i++) {
            n[i] = bounds.get(i).toNanos();
        }
        return n;
    }

    @Override
    public String toString() {
        return bounds.size() + " buckets " + bounds;
    }
}
