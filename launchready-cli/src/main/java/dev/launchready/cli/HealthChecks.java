package dev.launchready.cli;

import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/** The health endpoint answers, answers fast, and tells the public no more than its status. */
final class HealthChecks {

    static final List<String> USUAL_PATHS = List.of("/healthz", "/health", "/actuator/health", "/livez");
    static final double SLOW_MILLIS = 1000;

    private HealthChecks() {
    }

    static List<Finding> run(Site site) throws IOException {
        List<String> paths = site.target.healthPath() != null ? List.of(site.target.healthPath()) : USUAL_PATHS;
        for (String path : paths) {
            HttpResponse response = site.get(path, Map.of());
            if (response.status() == 404 || response.isRedirect() || response.status() == 401
                    || response.status() == 403 || response.status() == 405) {
                continue;
            }
            return judge(response);
        }
        return List.of(Finding.warn("health.endpoint", site.origin().toString(), "none of " + paths + " answers",
                "Expose a health endpoint (LaunchReady serves /healthz, /livez, /readyz) and point your uptime monitor at it."));
    }

    static List<Finding> judge(HttpResponse response) {
        String url = response.uri().toString();
        List<Finding> findings = new ArrayList<>();
        if (response.status() == 200) {
            findings.add(Finding.pass("health.endpoint", url, "200"));
        } else {
            findings.add(Finding.fail("health.endpoint", url, "answers " + response.status() + ": " + Http.abbreviate(response.text()),
                    "Something the app depends on is down, or the endpoint is broken; the uptime monitor sees the same."));
        }
        if (response.millis() > SLOW_MILLIS) {
            findings.add(Finding.warn("health.speed", url, String.format(java.util.Locale.ROOT, "%.0f ms", response.millis()),
                    "A health check must answer within a second: run dependency checks off the request thread with a timeout."));
        } else {
            findings.add(Finding.pass("health.speed", url, String.format(java.util.Locale.ROOT, "%.0f ms", response.millis())));
        }
        List<String> leaks = HealthBody.leaks(response.text());
        if (leaks.isEmpty()) {
            findings.add(Finding.pass("health.details", url, "status only"));
        } else {
            findings.add(Finding.fail("health.details", url, "the public answer shows " + String.join(", ", leaks),
                    "Show details only to loopback callers without forwarding headers or with a token; make sure the "
                            + "proxy sets X-Forwarded-For (LaunchReady then treats the caller as remote)."));
        }
        return findings;
    }
}
