package dev.launchready.benchmarks.load;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.NavigableMap;
import java.util.TreeMap;

/** Everything one run measured, and the figures the table and the chart show. */
record Results(List<Contender> contenders, Map<String, Map<Scenario, List<WrkReport>>> steady,
        Map<String, Spike.SpikeReport> spikes, Map<String, String> settings, Duration elapsed) {

    /**
     * One contender under one steady scenario over all its rounds: throughput from all requests over all
     * measured time; each latency percentile is the median of the rounds' values, so one noisy round moves it little.
     */
    record Steady(double perSecond, NavigableMap<Double, Double> latencyMillis, long errors) {

        double p(double percentile) {
            return latencyMillis.get(percentile);
        }
    }

    Steady steady(String contender, Scenario scenario) {
        List<WrkReport> runs = runs(contender, scenario);
        long requests = runs.stream().mapToLong(WrkReport::requests).sum();
        long micros = runs.stream().mapToLong(WrkReport::durationMicros).sum();
        long errors = runs.stream().mapToLong(r -> r.errors(scenario.expectedStatus())).sum();
        NavigableMap<Double, Double> latency = new TreeMap<>();
        for (Double p : runs.get(0).latencyMicros().keySet()) {
            List<Double> values = new ArrayList<>(runs.stream().map(r -> r.millisAt(p)).toList());
            values.sort(null);
            int n = values.size();
            latency.put(p, n % 2 == 1 ? values.get(n / 2) : (values.get(n / 2 - 1) + values.get(n / 2)) / 2);
        }
        return new Steady(requests * 1_000_000.0 / micros, latency, errors);
    }

    /**
     * {@code on}'s throughput over {@code off}'s, round by round (they ran back to back, see
     * {@link RoundOrder}): sorted, so the first is the lowest and the middle one the median.
     */
    List<Double> roundRatios(String on, String off, Scenario scenario) {
        List<WrkReport> with = runs(on, scenario);
        List<WrkReport> without = runs(off, scenario);
        List<Double> ratios = new ArrayList<>();
        for (int i = 0; i < Math.min(with.size(), without.size()); i++) {
            ratios.add(with.get(i).perSecond() / without.get(i).perSecond());
        }
        ratios.sort(null);
        return ratios;
    }

    private List<WrkReport> runs(String contender, Scenario scenario) {
        List<WrkReport> runs = steady.getOrDefault(contender, Map.of()).getOrDefault(scenario, List.of());
        if (runs.isEmpty()) {
            throw new IllegalArgumentException("no runs of " + scenario + " on " + contender);
        }
        return runs;
    }

    boolean has(String contender) {
        return contenders.stream().anyMatch(c -> c.id().equals(contender));
    }
}
