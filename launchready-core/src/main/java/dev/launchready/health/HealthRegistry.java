package dev.launchready.health;

import dev.launchready.config.HealthSettings;
import dev.launchready.trace.Release;
import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.Metrics;
import java.time.Clock;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.concurrent.ArrayBlockingQueue;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.Executor;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.ScheduledThreadPoolExecutor;
import java.util.concurrent.ThreadFactory;
import java.util.concurrent.ThreadPoolExecutor;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The app's health checks and lifecycle phase. Checks run concurrently on a small bounded executor,
 * each with a timeout, and their results are cached for a TTL with single flight; {@link #report()}
 * answers from those cached results and so never blocks on a dependency (only the very first call
 * waits, at most about the timeout). Thread-safe; checks may be added at any time.
 */
public final class HealthRegistry implements AutoCloseable {

    private static final Logger log = LoggerFactory.getLogger(HealthRegistry.class);

    private final HealthSettings settings;
    private final Clock clock;
    private final HealthMetrics metrics;
    private final Executor executor;
    private final ScheduledExecutorService timer;
    private final boolean ownsExecutors;
    private final List<CheckSlot> slots = new CopyOnWriteArrayList<>();
    private final List<HealthCheck> owned;
    private final Release release;
    private final CountDownLatch drained = new CountDownLatch(1);
    private volatile Phase phase = Phase.STARTING;
    private volatile Snapshot snapshot = new Snapshot(Phase.STARTING, new CheckReport[0],
            new HealthReport(Phase.STARTING, List.of()));

    private HealthRegistry(Builder builder) {
        this.settings = builder.settings;
        this.clock = builder.clock;
        this.metrics = new HealthMetrics(builder.meterRegistry);
        this.ownsExecutors = builder.executor == null;
        if (ownsExecutors) {
            ThreadFactory threads = daemonThreads("launchready-health-");
            // Bounded on both sides: a hung dependency can hold at most `threads` threads, and the
            // queue only ever holds one attempt per check, so nothing grows while a check hangs.
            this.executor = new ThreadPoolExecutor(settings.threads(), settings.threads(), 30, TimeUnit.SECONDS,
                    new ArrayBlockingQueue<>(64), threads, new ThreadPoolExecutor.AbortPolicy());
            ((ThreadPoolExecutor) executor).allowCoreThreadTimeOut(true);
            ScheduledThreadPoolExecutor t = new ScheduledThreadPoolExecutor(1, daemonThreads("launchready-health-timer-"));
            t.setRemoveOnCancelPolicy(true);
            this.timer = t;
        } else {
            this.executor = builder.executor;
            this.timer = builder.timer;
        }
        this.owned = List.copyOf(builder.owned);
        this.release = builder.release;
        try {
            builder.checks.forEach(this::register);
            owned.forEach(this::register);
        } catch (RuntimeException e) {
            close(); // a rejected check must not leave the pool and timer threads running
            throw e;
        }
    }

    /** A registry with the given settings, reporting to Micrometer's global registry unless told otherwise. */
    public static Builder builder(HealthSettings settings) {
        return new Builder(settings);
    }

    /**
     * Adds a check and starts its first run. Names must be unique.
     *
     * @throws IllegalArgumentException when a check of that name is already registered
     */
    public void register(HealthCheck check) {
        Objects.requireNonNull(check, "check");
        String name = check.name();
        if (name == null || name.isBlank()) {
            throw new IllegalArgumentException("a health check needs a name: " + check);
        }
        synchronized (slots) {
            for (CheckSlot slot : slots) {
                if (slot.name().equals(name)) {
                    throw new IllegalArgumentException("health check \"" + name + "\" is registered twice");
                }
            }
            CheckSlot slot = new CheckSlot(check, settings.timeout(), settings.cacheTtl(), clock, metrics);
            slots.add(slot);
            slot.current(executor, timer);
        }
    }

    /** The names of the registered checks, in order. */
    public List<String> checkNames() {
        List<String> names = new ArrayList<>();
        slots.forEach(s -> names.add(s.name()));
        return names;
    }

    /** The health now, from cached results; refreshes stale checks in the background. */
    public HealthReport report() {
        // One snapshot: a check registered meanwhile must not change the size under the loop.
        CheckSlot[] current = slots.toArray(new CheckSlot[0]);
        CheckReport[] results = new CheckReport[current.length];
        int i = 0;
        for (CheckSlot slot : current) {
            CheckReport r = slot.current(executor, timer);
            results[i++] = r == null ? slot.awaitFirst() : r;
        }
        Snapshot s = snapshot;
        Phase p = phase;
        if (s.phase == p && java.util.Arrays.equals(s.results, results)) {
            return s.report;
        }
        HealthReport report = new HealthReport(p, List.of(results));
        snapshot = new Snapshot(p, results, report);
        return report;
    }

    /** Starting, ready or draining. */
    public Phase phase() {
        return phase;
    }

    /** Startup has finished: readiness may now pass. Ignored once draining. */
    public void markReady() {
        synchronized (this) {
            if (phase == Phase.STARTING) {
                phase = Phase.READY;
            }
        }
    }

    /**
     * Shutdown has begun: readiness answers 503 from now on while the server keeps serving. Blocks for
     * the drain period so a load balancer sees the 503 and stops sending traffic before the server
     * stops accepting. Only the first call waits the full period; later ones wait for it to end.
     */
    public void drain() {
        boolean first;
        synchronized (this) {
            first = phase != Phase.DRAINING;
            phase = Phase.DRAINING;
        }
        Duration period = settings.drainPeriod();
        try {
            if (first) {
                if (!period.isZero()) {
                    log.info("health: shutting down, /readyz answers 503 for {} ms before the server stops",
                            period.toMillis());
                    Thread.sleep(period.toMillis());
                }
                drained.countDown();
            } else {
                drained.await(period.toMillis() + 1000, TimeUnit.MILLISECONDS);
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            drained.countDown();
        }
    }

    /** The settings this registry runs with. */
    /** The release named in the details view, if one was given. */
    java.util.Optional<Release> release() {
        return java.util.Optional.ofNullable(release);
    }

    public HealthSettings settings() {
        return settings;
    }

    /** Stops the registry's own threads and closes the checks it was given to own. */
    @Override
    public void close() {
        if (ownsExecutors) {
            ((ThreadPoolExecutor) executor).shutdownNow();
            timer.shutdownNow();
        }
        for (HealthCheck check : owned) {
            if (check instanceof AutoCloseable closeable) {
                try {
                    closeable.close();
                } catch (Exception e) {
                    log.warn("health check {} did not close cleanly: {}", check.name(), e.toString());
                }
            }
        }
    }

    private static ThreadFactory daemonThreads(String prefix) {
        AtomicInteger n = new AtomicInteger();
        return r -> {
            Thread t = new Thread(r, prefix + n.incrementAndGet());
            t.setDaemon(true);
            return t;
        };
    }

    private record Snapshot(Phase phase, CheckReport[] results, HealthReport report) {
    }

    /** Builds a {@link HealthRegistry}. */
    public static final class Builder {
        private final HealthSettings settings;
        private final List<HealthCheck> checks = new ArrayList<>();
        private final List<HealthCheck> owned = new ArrayList<>();
        private Clock clock = Clock.systemUTC();
        private MeterRegistry meterRegistry = Metrics.globalRegistry;
        private Executor executor;
        private ScheduledExecutorService timer;
        private Release release;

        private Builder(HealthSettings settings) {
            this.settings = Objects.requireNonNull(settings, "settings");
        }

        /** Adds checks registered before the first report. */
        public Builder checks(List<? extends HealthCheck> more) {
            checks.addAll(more);
            return this;
        }

        /** Adds checks the registry owns: those that are {@link AutoCloseable} are closed with it. */
        public Builder ownedChecks(List<? extends HealthCheck> more) {
            owned.addAll(more);
            return this;
        }

        /** Where check latency, status and timeouts are recorded. */
        public Builder meterRegistry(MeterRegistry registry) {
            this.meterRegistry = Objects.requireNonNull(registry, "registry");
            return this;
        }

        /** The release the details view names ({@code version}, {@code releaseId}); none by default. */
        public Builder release(Release release) {
            this.release = Objects.requireNonNull(release, "release");
            return this;
        }

        /** The clock for TTLs and latencies; tests pass a fake one. */
        public Builder clock(Clock clock) {
            this.clock = Objects.requireNonNull(clock, "clock");
            return this;
        }

        /** Runs checks on {@code executor} with timeouts on {@code timer} instead of the registry's own threads. */
        Builder executors(Executor executor, ScheduledExecutorService timer) {
            this.executor = Objects.requireNonNull(executor, "executor");
            this.timer = Objects.requireNonNull(timer, "timer");
            return this;
        }

        public HealthRegistry build() {
            return new HealthRegistry(this);
        }
    }
}
