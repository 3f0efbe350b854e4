package dev.launchready.servlet;

import dev.launchready.config.MetricsSettings;
import dev.launchready.health.DetailsGate;
import dev.launchready.health.HealthProbe;
import io.micrometer.prometheusmetrics.PrometheusMeterRegistry;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.io.OutputStream;

/**
 * The Prometheus scrape ({@code /metrics}). Served only to a direct loopback caller or a bearer token by
 * default, the same rule as health details: a forwarded header never unlocks it, since behind a proxy on
 * the same host every visitor arrives from 127.0.0.1. Anyone else gets a plain 404, as if it did not
 * exist. Loaded only when micrometer-registry-prometheus is on the class path.
 */
final class ScrapeEndpoint implements LaunchReadyFilter.OwnEndpoint {

    /** Prometheus text format 0.0.4, which every Prometheus version scrapes. */
    static final String TEXT_FORMAT = "text/plain; version=0.0.4; charset=utf-8";

    private final PrometheusMeterRegistry registry;
    private final String path;
    private final DetailsGate gate;

    ScrapeEndpoint(PrometheusMeterRegistry registry, MetricsSettings settings) {
        this.registry = registry;
        this.path = settings.path();
        this.gate = new DetailsGate(settings.access(), settings.token());
    }

    @Override
    public boolean matches(String pathInApp) {
        return path.equals(pathInApp);
    }

    @Override
    public void answer(HttpServletRequest request, HttpServletResponse response) throws IOException {
        response.setHeader("Cache-Control", "no-store");
        HealthProbe probe = HealthProbe.of(request.getMethod(), null, request.getRemoteAddr(), request::getHeader);
        if (!gate.allows(probe)) {
            plain(response, 404, "Not found\n");
            return;
        }
        if (!"GET".equals(probe.method()) && !"HEAD".equals(probe.method())) {
            response.setHeader("Allow", "GET, HEAD");
            plain(response, 405, "Method not allowed\n");
            return;
        }
        response.setStatus(200);
        response.setContentType(TEXT_FORMAT);
        if ("HEAD".equals(probe.method())) {
            return;
        }
        OutputStream out = response.getOutputStream();
        registry.scrape(out, TEXT_FORMAT);
    }

    /** Written here, not through sendError: an app's error page could open a session or redirect to a login. */
    private static void plain(HttpServletResponse response, int status, String text) throws IOException {
        byte[] body = text.getBytes(java.nio.charset.StandardCharsets.UTF_8);
        response.setStatus(status);
        response.setContentType("text/plain;charset=utf-8");
        response.setContentLength(body.length);
        response.getOutputStream().write(body);
    }
}
