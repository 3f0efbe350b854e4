package dev.launchready.cli;

import java.io.IOException;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Consumer;

/** Runs the check groups concurrently, each bounded by the audit's deadline, and collects their findings. */
final class Audit {

    private final Site site;
    private final Map<String, Double> baseline;
    private final Duration deadline;
    private final Consumer<String> progress;
    private String unreachable;

    Audit(Site site, Map<String, Double> baseline, Duration deadline, Consumer<String> progress) {
        this.site = site;
        this.baseline = baseline;
        this.deadline = deadline;
        this.progress = progress;
    }

    Report run() throws InterruptedException {
        Instant started = site.clock.instant();
        long start = System.nanoTime();
        List<Latency> latency = new ArrayList<>();
        Map<String, Callable<List<Finding>>> groups = new LinkedHashMap<>();
        groups.put("dns", () -> DnsChecks.run(site));
        groups.put("redirect", () -> RedirectChecks.run(site));
        groups.put("tls", () -> TlsChecks.run(site));
        groups.put("page", () -> PageChecks.run(site));
        groups.put("exposure", () -> ExposureChecks.run(site));
        groups.put("member", () -> MemberChecks.run(site));
        groups.put("health", () -> HealthChecks.run(site));
        groups.put("email", () -> EmailChecks.run(site));
        groups.put("smoke", () -> SmokeChecks.run(site));
        groups.put("latency", () -> LatencyChecks.run(site, latency, baseline));

        ExecutorService pool = Executors.newFixedThreadPool(groups.size(), runnable -> {
            Thread thread = new Thread(runnable, "launchready-check");
            thread.setDaemon(true);
            return thread;
        });
        AtomicInteger done = new AtomicInteger();
        Map<String, Future<List<Finding>>> futures = new LinkedHashMap<>();
        try {
            groups.forEach((name, group) -> futures.put(name, pool.submit(() -> {
                try {
                    return group.call();
                } finally {
                    progress.accept(done.incrementAndGet() + "/" + groups.size() + " check groups done (" + name + ")");
                }
            })));
            long end = System.nanoTime() + deadline.toNanos();
            List<Finding> findings = new ArrayList<>();
            for (Map.Entry<String, Future<List<Finding>>> entry : futures.entrySet()) {
                findings.addAll(collect(entry.getKey(), entry.getValue(), end));
            }
            return new Report(site.target.site().toString(), started, (System.nanoTime() - start) / 1_000_000,
                    List.copyOf(findings), List.copyOf(latency));
        } finally {
            pool.shutdownNow();
        }
    }

    private List<Finding> collect(String name, Future<List<Finding>> future, long end) throws InterruptedException {
        String subject = site.target.apex();
        try {
            return future.get(Math.max(0, end - System.nanoTime()), TimeUnit.NANOSECONDS);
        } catch (TimeoutException e) {
            future.cancel(true);
            return List.of(Finding.fail(name + ".timeout", subject, "the " + name + " checks did not finish within "
                    + deadline.toSeconds() + " s", "Something answers very slowly; rerun with a longer --timeout to see what."));
        } catch (ExecutionException e) {
            Throwable cause = e.getCause();
            if (cause instanceof IOException) {
                // Reported once: the other groups that needed the same page are skipped with the reason.
                if (unreachable == null) {
                    unreachable = cause.getMessage();
                    return List.of(Finding.fail("site.reachable", site.target.site().toString(), cause.getMessage(),
                            "Make sure the site answers at " + site.target.site() + "."));
                }
                return List.of(Finding.skip(name, subject, "not checked: " + cause.getMessage()));
            }
            return List.of(Finding.fail(name + ".error", subject, "the " + name + " checks failed: " + cause,
                    "This is a bug in launchready check; please report it with this line."));
        }
    }
}
