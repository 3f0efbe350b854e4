package dev.launchready.servlet;

import dev.launchready.config.MetricsSettings;
import io.micrometer.core.instrument.Metrics;
import io.micrometer.core.instrument.binder.jvm.ClassLoaderMetrics;
import io.micrometer.core.instrument.binder.jvm.JvmGcMetrics;
import io.micrometer.core.instrument.binder.jvm.JvmMemoryMetrics;
import io.micrometer.core.instrument.binder.jvm.JvmThreadMetrics;
import io.micrometer.core.instrument.binder.system.ProcessorMetrics;
import io.micrometer.core.instrument.binder.system.UptimeMetrics;
import io.micrometer.prometheusmetrics.PrometheusConfig;
import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.prometheusmetrics.PrometheusMeterRegistry;
import jakarta.servlet.ServletContext;
import jakarta.servlet.ServletContextEvent;
import jakarta.servlet.ServletContextListener;

/** The Prometheus half of {@link ServletMetrics}; only loaded when the registry is on the class path. */
final class PrometheusScrape {

    private PrometheusScrape() {
    }

    /** Declared as MeterRegistry: callers are verified without the Prometheus classes on the class path. */
    static MeterRegistry install(MetricsSettings settings, String application, ServletContext context,
            LaunchReadyFilter.Builder filter) {
        PrometheusMeterRegistry registry = new PrometheusMeterRegistry(PrometheusConfig.DEFAULT);
        // Before any meter: the dashboards group by application and instance (Prometheus adds instance).
        registry.config().commonTags("application", application);
        new JvmMemoryMetrics().bindTo(registry);
        JvmGcMetrics gc = new JvmGcMetrics();
        gc.bindTo(registry);
        new JvmThreadMetrics().bindTo(registry);
        new ClassLoaderMetrics().bindTo(registry);
        new ProcessorMetrics().bindTo(registry);
        new UptimeMetrics().bindTo(registry);
        Metrics.addRegistry(registry);
        filter.scrape(new ScrapeEndpoint(registry, settings));
        context.addListener(new ServletContextListener() {
            @Override
            public void contextDestroyed(ServletContextEvent event) {
                Metrics.removeRegistry(registry);
                gc.close();
                registry.close();
            }
        });
        return registry;
    }
}
