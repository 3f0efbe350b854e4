package dev.launchready.metrics;

import io.micrometer.core.instrument.Meter;
import io.micrometer.core.instrument.Tag;
import io.micrometer.core.instrument.config.MeterFilter;
import io.micrometer.core.instrument.distribution.DistributionStatisticConfig;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Enriches a framework's own {@code http.server.requests} (Spring Boot's), never registering a second
 * meter of that name: LaunchReady's buckets (exact at the targets), unknown methods folded, and the
 * label-set cap that folds into {@code uri="OVERFLOW"} instead of dropping meters. The cap also keeps
 * the number of {@code uri} values below {@code maxUriValues}, so a framework filter that denies new
 * uri values after its own limit (Spring's {@code max-uri-tags}) never has to.
 */
public final class HttpServerRequestsFilter implements MeterFilter {

    private static final Logger log = LoggerFactory.getLogger(HttpServerRequestsFilter.class);

    private final String name;
    private final double[] buckets;
    private final int maxLabelSets;
    private final int maxUriValues;
    private final Set<String> labelSets = ConcurrentHashMap.newKeySet();
    private final Set<String> uris = ConcurrentHashMap.newKeySet();
    private volatile boolean warned;

    private HttpServerRequestsFilter(String name, LatencyBuckets buckets, int maxLabelSets, int maxUriValues) {
        this.name = name;
        this.buckets = buckets.nanos();
        this.maxLabelSets = maxLabelSets;
        this.maxUriValues = maxUriValues;
    }

    /**
     * A filter for the meter {@code name} (Spring: {@code management.observations.http.server.requests.name}).
     *
     * @param maxUriValues the framework's own limit on distinct uri values (Spring: {@code max-uri-tags}, 100)
     */
    public static HttpServerRequestsFilter of(String name, LatencyBuckets buckets, int maxLabelSets, int maxUriValues) {
        if (maxLabelSets < 1 || maxUriValues < 2) {
            throw new IllegalArgumentException("maxLabelSets " + maxLabelSets + ", maxUriValues " + maxUriValues);
        }
        return new HttpServerRequestsFilter(name, buckets, maxLabelSets, maxUriValues);
    }

    @Override
    public Meter.Id map(Meter.Id id) {
        if (!name.equals(id.getName())) {
            return id;
        }
        Meter.Id mapped = id;
        String method = id.getTag("method");
        if (method != null && !HttpTags.method(method).equals(method)) {
            mapped = mapped.withTag(Tag.of("method", HttpTags.method(method)));
        }
        String key = mapped.getTags().toString();
        if (labelSets.contains(key)) {
            return mapped;
        }
        synchronized (this) {
            if (labelSets.contains(key)) {
                return mapped;
            }
            String uri = mapped.getTag("uri");
            boolean newUri = uri != null && !uris.contains(uri);
            boolean full = labelSets.size() >= maxLabelSets || (newUri && uris.size() >= maxUriValues - 1);
            if (full && uri != null && !HttpTags.OVERFLOW.equals(uri)) {
                if (!warned) {
                    warned = true;
                    log.warn("{} reached its label-set limit; new ones are counted under uri=\"OVERFLOW\" "
                            + "(launchready.metrics.max-label-sets, management.metrics.web.server.max-uri-tags)", name);
                }
                mapped = mapped.withTag(Tag.of("uri", HttpTags.OVERFLOW));
                return mapped; // overflow sets are not counted against the cap: they are what it folds into
            }
            if (uri != null) {
                uris.add(uri);
            }
            labelSets.add(key);
            return mapped;
        }
    }

    @Override
    public DistributionStatisticConfig configure(Meter.Id id, DistributionStatisticConfig config) {
        if (!name.equals(id.getName()) || id.getType() == Meter.Type.LONG_TASK_TIMER) {
            return config;
        }
        // Exact bounds instead of the 66-bucket generator: ours win over anything set earlier.
        return DistributionStatisticConfig.builder()
                .percentilesHistogram(false)
                .serviceLevelObjectives(buckets)
                .build()
                .merge(config);
    }
}
