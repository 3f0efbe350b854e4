package dev.launchready.metrics;

import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.Timer;
import java.time.Duration;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicReferenceArray;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The timers of {@code http.server.requests}, with a cap that never drops a count: at most
 * {@code maxLabelSets} label sets keep their route; every later new combination is recorded under
 * {@code uri="OVERFLOW"} (method, status and exception kept), so {@code sum(rate(..._count))} stays the
 * exact request rate and a route first seen after a scanner still shows up in the total.
 *
 * <p>Once a combination's timer exists, finding it again allocates nothing (arrays indexed by method and
 * status under each route's template), so the synchronous request path is garbage-free with warm meters.
 */
public final class RequestTimers {

    private static final Logger log = LoggerFactory.getLogger(RequestTimers.class);
    private static final String DESCRIPTION = "HTTP server request latency, from the first filter to the response";

    private final MeterRegistry registry;
    private final Duration[] buckets;
    private final int maxLabelSets;
    private final Map<String, AtomicReferenceArray<AtomicReferenceArray<Timer>>> byRoute = new ConcurrentHashMap<>();
    private final Map<String, Timer> withException = new ConcurrentHashMap<>();
    /** Every label set registered, by its tag values: its size is what the cap counts. */
    private final Map<String, Timer> registered = new ConcurrentHashMap<>();
    private volatile boolean warned;

    private RequestTimers(MeterRegistry registry, LatencyBuckets buckets, int maxLabelSets) {
        this.registry = registry;
        this.buckets = buckets.toArray();
        this.maxLabelSets = maxLabelSets;
    }

    /** Timers registered in {@code registry}, with {@code buckets}, at most {@code maxLabelSets} routed label sets. */
    public static RequestTimers of(MeterRegistry registry, LatencyBuckets buckets, int maxLabelSets) {
        if (maxLabelSets < 1) {
            throw new IllegalArgumentException("maxLabelSets " + maxLabelSets);
        }
        return new RequestTimers(registry, buckets, maxLabelSets);
    }

    /**
     * Records one request.
     *
     * @param uri a route template or a fold value from {@link HttpTags#uri} (never a raw path)
     * @param method the request's method as sent (folded here)
     * @param status the status the client got ({@link HttpTags#CLIENT_CLOSED} when it went away)
     * @param error what the app threw, or null
     */
    public void record(String uri, String method, int status, Throwable error, long nanos) {
        timer(uri, HttpTags.methodIndex(method), status, HttpTags.exception(error)).record(nanos, TimeUnit.NANOSECONDS);
    }

    /** The timer of one combination; {@code exception} is {@code none} or a class's simple name. */
    public Timer timer(String uri, int methodIndex, int status, String exception) {
        if (!HttpTags.NONE.equals(exception)) {
            String key = key(uri, methodIndex, status, exception);
            Timer timer = withException.get(key);
            if (timer == null) {
                timer = admit(uri, methodIndex, status, exception);
                withException.putIfAbsent(key, timer);
            }
            return timer;
        }
        int statusIndex = status >= 100 && status < 600 ? status - 100 : 0;
        AtomicReferenceArray<AtomicReferenceArray<Timer>> methods = byRoute.get(uri);
        if (methods == null) {
            methods = byRoute.computeIfAbsent(uri, u -> new AtomicReferenceArray<>(HttpTags.methodCount()));
        }
        AtomicReferenceArray<Timer> statuses = methods.get(methodIndex);
        if (statuses == null) {
            methods.compareAndSet(methodIndex, null, new AtomicReferenceArray<>(500));
            statuses = methods.get(methodIndex);
        }
        Timer timer = statuses.get(statusIndex);
        if (timer == null) {
            synchronized (statuses) {
                timer = statuses.get(statusIndex);
                if (timer == null) {
                    timer = admit(uri, methodIndex, status, exception);
                    statuses.set(statusIndex, timer);
                }
            }
        }
        return timer;
    }

    /** How many label sets this meter has (routed ones plus overflow ones). */
    public int labelSets() {
        return registered.size();
    }

    /** Cold path: the first request of a combination. Synchronized so the cap is exact. */
    private synchronized Timer admit(String uri, int methodIndex, int status, String exception) {
        String tagUri = uri;
        if (!HttpTags.OVERFLOW.equals(uri) && registered.size() >= maxLabelSets
                && !registered.containsKey(key(uri, methodIndex, status, exception))) {
            tagUri = HttpTags.OVERFLOW;
            if (!warned) {
                warned = true;
                log.warn("http.server.requests reached {} label sets; new ones are counted under uri=\"OVERFLOW\" "
                        + "(raise launchready.metrics.max-label-sets, or list routes in launchready.metrics.routes)",
                        maxLabelSets);
            }
        }
        String finalUri = tagUri;
        return registered.computeIfAbsent(key(tagUri, methodIndex, status, exception), k -> Timer.builder(HttpTags.METER)
                .description(DESCRIPTION)
                .tag("uri", finalUri)
                .tag("method", HttpTags.methodAt(methodIndex))
                .tag("status", HttpTags.status(status))
                .tag("outcome", HttpTags.outcome(status))
                .tag("exception", exception)
                .tag("error", exception)
                .serviceLevelObjectives(buckets)
                .register(registry));
    }

    private static String key(String uri, int methodIndex, int status, String exception) {
        return uri + ' ' + methodIndex + ' ' + status + ' ' + exception;
    }
}
