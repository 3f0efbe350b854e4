package dev.launchready.benchmarks.load;

import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.NavigableMap;
import java.util.TreeMap;

/**
 * What one wrk run reported through {@code report.lua}: counts, latency percentiles (microseconds) and
 * answers by status, overall and per wrk thread and path (the attacker script runs one address per thread).
 */
record WrkReport(long requests, long durationMicros, long socketErrors, NavigableMap<Double, Long> latencyMicros,
        Map<Integer, Long> statuses, Map<Integer, Map<String, Long>> byThreadAndPath) {

    static WrkReport parse(String output) {
        long requests = -1;
        long duration = -1;
        long socketErrors = 0;
        NavigableMap<Double, Long> latency = new TreeMap<>();
        Map<Integer, Long> statuses = new TreeMap<>();
        Map<Integer, Map<String, Long>> byThread = new TreeMap<>();
        for (String line : output.lines().toList()) {
            String[] f = line.strip().split(" ");
            if (f.length < 3 || !f[0].equals("lr")) {
                continue;
            }
            switch (f[1]) {
                case "requests" -> requests = Long.parseLong(f[2]);
                case "duration_us" -> duration = Long.parseLong(f[2]);
                case "socket_errors" -> {
                    for (int i = 2; i < f.length; i++) {
                        socketErrors += Long.parseLong(f[i]);
                    }
                }
                case "latency" -> latency.put(Double.parseDouble(f[2]), Long.parseLong(f[3]));
                case "status" -> statuses.merge(Integer.parseInt(f[3]), Long.parseLong(f[4]), Long::sum);
                case "path" -> byThread.computeIfAbsent(Integer.parseInt(f[2]), t -> new TreeMap<>())
                        .merge(f[3] + " " + f[4], Long.parseLong(f[5]), Long::sum);
                default -> { }
            }
        }
        if (requests < 0 || duration <= 0 || latency.isEmpty()) {
            throw new IllegalArgumentException("no report from wrk's done() in:\n" + output);
        }
        return new WrkReport(requests, duration, socketErrors, Collections.unmodifiableNavigableMap(latency),
                Collections.unmodifiableMap(statuses), Collections.unmodifiableMap(byThread));
    }

    double perSecond() {
        return requests * 1_000_000.0 / durationMicros;
    }

    /** Milliseconds at percentile {@code p}, which must be one the script reports. */
    double millisAt(double p) {
        Long micros = latencyMicros.get(p);
        if (micros == null) {
            throw new IllegalArgumentException("percentile " + p + " not reported; have " + latencyMicros.keySet());
        }
        return micros / 1000.0;
    }

    long count(int status) {
        return statuses.getOrDefault(status, 0L);
    }

    long serverErrors() {
        return statuses.entrySet().stream().filter(e -> e.getKey() >= 500).mapToLong(Map.Entry::getValue).sum();
    }

    /** Answers other than {@code expected}, plus connections that failed or timed out. */
    long errors(int expected) {
        return socketErrors + statuses.entrySet().stream().filter(e -> e.getKey() != expected)
                .mapToLong(Map.Entry::getValue).sum();
    }

    /** For one wrk thread: how many answers to {@code path} had {@code status}. */
    long count(int thread, String path, int status) {
        return byThreadAndPath.getOrDefault(thread, Map.of()).getOrDefault(path + " " + status, 0L);
    }

    List<Integer> threads() {
        return List.copyOf(byThreadAndPath.keySet());
    }
}
