package dev.launchready.servlet;

import dev.launchready.config.MetricsSettings;
import dev.launchready.metrics.LatencyBuckets;
import dev.launchready.metrics.RequestTimers;
import dev.launchready.metrics.RouteTable;
import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.Metrics;
import jakarta.servlet.ServletContext;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Wires request timing into a servlet app: with micrometer-registry-prometheus on the class path, a
 * Prometheus registry of LaunchReady's own (added to {@link Metrics#globalRegistry}, so health and
 * rate-limit meters reach it too) and its scrape endpoint; without it, timers in the global registry
 * for whatever registry the app adds there.
 */
final class ServletMetrics {

    private static final Logger log = LoggerFactory.getLogger(ServletMetrics.class);
    private static final String PROMETHEUS = "io.micrometer.prometheusmetrics.PrometheusMeterRegistry";

    private ServletMetrics() {
    }

    static void install(MetricsSettings settings, ServletContext context, LaunchReadyFilter.Builder filter) {
        LatencyBuckets buckets = LatencyBuckets.withTargets(settings.targets());
        MeterRegistry registry = Metrics.globalRegistry;
        String where = "Metrics.globalRegistry (no micrometer-registry-prometheus on the class path, so no "
                + settings.path() + ")";
        if (present(PROMETHEUS)) {
            String application = settings.application().orElseGet(() -> applicationName(context));
            registry = PrometheusScrape.install(settings, application, context, filter);
            where = settings.path() + " (" + settings.access().name().toLowerCase(java.util.Locale.ROOT).replace('_', '-')
                    + "), application=\"" + application + "\"";
        }
        filter.metrics(RequestTimers.of(registry, buckets, settings.maxLabelSets()), RouteTable.of(settings.routes()));
        log.info("LaunchReady metrics: http.server.requests with {} buckets (exact at {}), up to {} label sets, {}",
                buckets.bounds().size(), settings.targets(), settings.maxLabelSets(), where);
    }

    private static String applicationName(ServletContext context) {
        String name = context.getServletContextName();
        return name == null || name.isBlank() ? "app" : name;
    }

    private static boolean present(String className) {
        try {
            Class.forName(className, false, ServletMetrics.class.getClassLoader());
            return true;
        } catch (ClassNotFoundException | LinkageError e) {
            return false;
        }
    }
}
