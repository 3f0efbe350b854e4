package dev.launchready.config;

import java.time.Duration;
import java.util.List;
import java.util.Optional;

/**
 * Request-latency metrics ({@code launchready.metrics.*}).
 *
 * @param enabled whether requests are timed as {@code http.server.requests} and the scrape endpoint served
 * @param application the {@code application} tag on every meter; empty: the servlet context's name, or
 *     {@code spring.application.name} in Spring Boot
 * @param targets the service-level targets, each an exact histogram bound (300 ms by default)
 * @param maxLabelSets label sets of {@code http.server.requests} that keep their route; later ones
 *     are counted under {@code uri="OVERFLOW"}
 * @param routes route templates ({@code /members/{id}}, {@code /assets/**}) for requests no servlet
 *     mapping names, such as those a default servlet answers
 * @param path where the Prometheus scrape is served (servlet apps with the Prometheus registry)
 * @param access who may scrape: the same choices as health details
 * @param token bearer token that unlocks the scrape
 */
public record MetricsSettings(boolean enabled, Optional<String> application, List<Duration> targets,
        int maxLabelSets, List<String> routes, String path, DetailsAccess access, Optional<String> token) {

    public MetricsSettings {
        targets = List.copyOf(targets);
        routes = List.copyOf(routes);
    }

    /** Never prints the token. */
    @Override
    public String toString() {
        return "MetricsSettings[enabled=" + enabled + ", targets=" + targets + ", maxLabelSets=" + maxLabelSets
                + ", path=" + path + ", access=" + access + "]";
    }
}
