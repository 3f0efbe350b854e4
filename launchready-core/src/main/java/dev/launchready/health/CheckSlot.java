package dev.launchready.health;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.Executor;
import java.util.concurrent.FutureTask;
import java.util.concurrent.RejectedExecutionException;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicReference;

/**
 * One check's cached result and its single flight: whatever the request rate, at most one run is in
 * flight and a new one starts only once the last result is older than the TTL. A run that outlives
 * its timeout is recorded as failed at once (and interrupted), but the slot stays busy until the run
 * really ends, so a hanging dependency never gets a second caller.
 */
final class CheckSlot {

    private final HealthCheck check;
    private final Duration timeout;
    private final Duration ttl;
    private final Clock clock;
    private final HealthMetrics metrics;
    private final AtomicBoolean inFlight = new AtomicBoolean();
    private final AtomicReference<CheckReport> last = new AtomicReference<>();
    private final CompletableFuture<CheckReport> first = new CompletableFuture<>();

    CheckSlot(HealthCheck check, Duration timeout, Duration ttl, Clock clock, HealthMetrics metrics) {
        this.check = check;
        this.timeout = timeout;
        this.ttl = ttl;
        this.clock = clock;
        this.metrics = metrics;
    }

    String name() {
        return check.name();
    }

    /** The last result, starting a refresh in the background when it is missing or older than the TTL. */
    CheckReport current(Executor executor, ScheduledExecutorService timer) {
        CheckReport report = last.get();
        if (stale(report)) {
            refresh(executor, timer);
        }
        return report;
    }

    private boolean stale(CheckReport report) {
        return report == null || !clock.instant().isBefore(report.checkedAt().plus(ttl));
    }

    /** Waits up to a little over the timeout for the very first result; later calls never wait. */
    CheckReport awaitFirst() {
        CheckReport report = last.get();
        if (report != null) {
            return report;
        }
        try {
            return first.get(timeout.toMillis() + 250, TimeUnit.MILLISECONDS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        } catch (java.util.concurrent.ExecutionException | java.util.concurrent.TimeoutException e) {
            // fall through to a warn: the pool never got to it
        }
        return report(HealthStatus.WARN, Duration.ZERO, "no result yet");
    }

    private void refresh(Executor executor, ScheduledExecutorService timer) {
        if (!inFlight.compareAndSet(false, true)) {
            return;
        }
        if (!stale(last.get())) {
            // Another caller refreshed it between our read of the stale result and our claim.
            inFlight.set(false);
            return;
        }
        Run run = new Run(clock.instant());
        FutureTask<Void> task = new FutureTask<>(() -> {
            if (!run.state.compareAndSet(Run.QUEUED, Run.RUNNING)) {
                return null; // given up on while it waited in the queue; onTimeout already freed the slot
            }
            try {
                run(run);
            } finally {
                inFlight.set(false);
            }
            return null;
        });
        try {
            executor.execute(task);
        } catch (RejectedExecutionException e) {
            record(report(HealthStatus.WARN, Duration.ZERO, "not run: health check pool busy"));
            inFlight.set(false);
            return;
        }
        if (!task.isDone()) {
            timer.schedule(() -> onTimeout(task, run), timeout.toNanos(), TimeUnit.NANOSECONDS);
        }
    }

    private void run(Run run) {
        CheckResult result;
        try {
            result = check.check();
            if (result == null) {
                result = CheckResult.fail("check returned no result");
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            result = CheckResult.fail("interrupted");
        } catch (VirtualMachineError e) {
            throw e;
        } catch (Throwable e) { // an AssertionError from a check is a failure, not a timeout
            result = CheckResult.fail(CheckOutput.of(e));
        }
        if (run.state.compareAndSet(Run.RUNNING, Run.SETTLED)) {
            Duration latency = Duration.between(run.started, clock.instant());
            record(report(result.status(), latency, result.output().map(CheckOutput::clean).orElse(null)));
        }
    }

    private void onTimeout(FutureTask<Void> task, Run run) {
        if (run.state.compareAndSet(Run.RUNNING, Run.SETTLED)) {
            metrics.timedOut(check);
            record(report(HealthStatus.FAIL, timeout, "timed out after " + timeout.toMillis() + " ms"));
            task.cancel(true); // the slot stays in flight until the check really returns
        } else if (run.state.compareAndSet(Run.QUEUED, Run.SETTLED)) {
            // still queued behind other checks: the pool is busy, which is no proof the dependency is down
            task.cancel(false);
            record(report(HealthStatus.WARN, Duration.ZERO, "not run: health check pool busy"));
            inFlight.set(false);
        }
    }

    /** One attempt: queued, running, then settled by whichever comes first, its result or its timeout. */
    private static final class Run {
        static final int QUEUED = 0;
        static final int RUNNING = 1;
        static final int SETTLED = 2;

        final Instant started;
        final java.util.concurrent.atomic.AtomicInteger state = new java.util.concurrent.atomic.AtomicInteger(QUEUED);

        Run(Instant started) {
            this.started = started;
        }
    }

    private CheckReport report(HealthStatus status, Duration latency, String output) {
        return new CheckReport(check.name(), check.critical(), status, latency, Optional.ofNullable(output),
                clock.instant());
    }

    private void record(CheckReport report) {
        metrics.recorded(check, report); // before publishing, so a reader who sees the result sees its metrics
        last.set(report);
        first.complete(report);
    }
}
