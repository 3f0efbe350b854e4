package dev.launchready.benchmarks.load;

import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/** {@code results.md}: the settings, a table per part of the run, and each goal of issue #8 met or missed. */
final class ResultsPage {

    static final double MIN_THROUGHPUT_RATIO = 0.95;
    static final double MAX_ADDED_P95_MS = 1.0;
    static final double MAX_MEMBER_LOGIN_P95_MS = 300;
    static final double MAX_HEAP_RATIO = 1.10;

    private final Results results;
    private final StringBuilder page = new StringBuilder();

    private ResultsPage(Results results) {
        this.results = results;
    }

    static String render(Results results) {
        return new ResultsPage(results).write();
    }

    private String write() {
        line("# Launch-day load");
        line("");
        line("Measured " + LocalDate.now(ZoneOffset.UTC) + " by `benchmarks/launch-day.sh` in "
                + results.elapsed().toMinutes() + " min. Every app ran on loopback behind no proxy; wrk sent the "
                + "`X-Forwarded-For` and `X-Forwarded-Proto: https` headers a TLS-terminating proxy adds. "
                + "Ratios compare runs of this one session; absolute figures depend on the machine.");
        line("");
        for (Map.Entry<String, String> setting : results.settings().entrySet()) {
            line("- " + setting.getKey() + ": " + setting.getValue());
        }
        line("");
        line("![Latency distributions](latency.png)");
        steadyTable();
        spikeTable();
        goals();
        return page.toString();
    }

    private void steadyTable() {
        line("");
        line("## Steady load");
        line("");
        line("Closed-loop wrk (each connection sends its next request when the answer arrives), 2 threads.");
        line("");
        line("| Scenario | Contender | Requests/s | p50 ms | p95 ms | p99 ms | Errors |");
        line("|---|---|---:|---:|---:|---:|---:|");
        for (Scenario scenario : Scenario.values()) {
            for (Contender contender : results.contenders()) {
                Results.Steady s = results.steady(contender.id(), scenario);
                line("| " + scenario.title + " (" + scenario.request + ", " + scenario.connections + " connections) | "
                        + contender.label() + " | " + fmt("%.0f", s.perSecond()) + " | " + ms(s.p(50)) + " | "
                        + ms(s.p(95)) + " | " + ms(s.p(99)) + " | " + s.errors() + " |");
            }
        }
    }

    private void spikeTable() {
        line("");
        line("## Launch spike");
        line("");
        line(Spike.BROWSING + " visitors browse (home, pricing, login form, assets, members' pages; 0.5-1.5 s between "
                + "clicks) and " + Spike.LOGGING_IN + " connections log members in (3-9 s apart, about one login per visitor "
                + "in the minute, each from its own address) "
                + "while " + Spike.ATTACKERS + " attacker addresses post to `/login` (leaked addresses, wrong passwords) "
                + "and `/password-reset` with no pause. Heap: live heap after a full GC at the end of the whole run.");
        line("");
        line("| Contender | Pages/s | Pages p95 ms | Member logins | Members' login p95 ms | Attackers throttled "
                + "| Logins let through (most per attacker) | Resets let through (most per attacker) | 5xx | Heap after MiB |");
        line("|---|---:|---:|---:|---:|---:|---:|---:|---:|---:|");
        for (Contender contender : results.contenders()) {
            Spike.SpikeReport s = results.spikes().get(contender.id());
            line("| " + contender.label() + " | " + fmt("%.0f", s.browsing().perSecond()) + " | "
                    + ms(s.browsing().millisAt(95)) + " | " + s.loggingIn().count(303) + " | " + ms(s.loggingIn().millisAt(95))
                    + " | " + s.attackersThrottled() + "/" + s.attackers().threads().size() + " | "
                    + s.totalLetThrough("/login") + " (" + s.mostLetThrough("/login") + ") | "
                    + s.totalLetThrough("/password-reset") + " (" + s.mostLetThrough("/password-reset") + ") | "
                    + s.serverErrors() + " | " + fmt("%.1f", s.heapMiB()) + " |");
        }
    }

    private void goals() {
        line("");
        line("## Goals of issue #8");
        line("");
        overhead(Contender.SPRING_ON, Contender.SPRING_OFF, "(b) against (a)");
        overhead(Contender.SERVLET_ON, Contender.SERVLET_OFF, "Servlet example, on against off");
        if (results.has(Contender.SPRING_ON) && results.has(Contender.SPRING_PEERS)) {
            for (Scenario scenario : Scenario.values()) {
                Results.Steady ours = results.steady(Contender.SPRING_ON, scenario);
                Results.Steady peers = results.steady(Contender.SPRING_PEERS, scenario);
                goal("(b) ahead of (c) on " + scenario.title + ": " + fmt("%.0f", ours.perSecond()) + " vs "
                        + fmt("%.0f", peers.perSecond()) + " req/s, p95 " + ms(ours.p(95)) + " vs " + ms(peers.p(95)) + " ms",
                        ours.perSecond() > peers.perSecond() && ours.p(95) < peers.p(95));
            }
        }
        if (results.has(Contender.SPRING_ON)) {
            Spike.SpikeReport b = results.spikes().get(Contender.SPRING_ON);
            goal("Spike on (b): every attacker throttled (" + b.attackersThrottled() + "/" + b.attackers().threads().size() + ")",
                    b.attackersThrottled() == b.attackers().threads().size());
            goal("Spike on (b): members' login p95 under " + fmt("%.0f", MAX_MEMBER_LOGIN_P95_MS) + " ms ("
                    + ms(b.loggingIn().millisAt(95)) + " ms)", b.loggingIn().millisAt(95) < MAX_MEMBER_LOGIN_P95_MS);
            goal("Spike on (b): zero 5xx (" + b.serverErrors() + ")", b.serverErrors() == 0);
            if (results.has(Contender.SPRING_OFF)) {
                double a = results.spikes().get(Contender.SPRING_OFF).heapMiB();
                goal("Spike on (b): heap within 10% of (a)'s (" + fmt("%.1f", b.heapMiB()) + " vs " + fmt("%.1f", a)
                        + " MiB, " + pct(b.heapMiB() / a) + ")", b.heapMiB() <= a * MAX_HEAP_RATIO);
            }
        }
    }

    private void overhead(String on, String off, String title) {
        if (!results.has(on) || !results.has(off)) {
            return;
        }
        for (Scenario scenario : Scenario.values()) {
            Results.Steady with = results.steady(on, scenario);
            Results.Steady without = results.steady(off, scenario);
            double ratio = with.perSecond() / without.perSecond();
            double added = with.p(95) - without.p(95);
            List<Double> rounds = results.roundRatios(on, off, scenario);
            goal(title + " on " + scenario.title + ": throughput " + pct(ratio) + " (at least "
                    + pct(MIN_THROUGHPUT_RATIO) + "; round by round " + pct(rounds.get(0)) + " to "
                    + pct(rounds.get(rounds.size() - 1)) + ", median " + pct(median(rounds)) + "), p95 "
                    + fmt("%+.2f", added) + " ms (at most +" + fmt("%.0f", MAX_ADDED_P95_MS) + ")",
                    ratio >= MIN_THROUGHPUT_RATIO && added <= MAX_ADDED_P95_MS);
        }
    }

    private static double median(List<Double> sorted) {
        int n = sorted.size();
        return n % 2 == 1 ? sorted.get(n / 2) : (sorted.get(n / 2 - 1) + sorted.get(n / 2)) / 2;
    }

    private void goal(String text, boolean met) {
        line("- " + (met ? "**met**: " : "**missed**: ") + text);
    }

    private void line(String text) {
        page.append(text).append('\n');
    }

    private static String ms(double millis) {
        return millis < 10 ? fmt("%.2f", millis) : fmt("%.1f", millis);
    }

    private static String pct(double ratio) {
        return fmt("%.1f%%", ratio * 100);
    }

    private static String fmt(String format, Object... args) {
        return String.format(Locale.ROOT, format, args);
    }
}
