package dev.launchready.cli;

import java.io.IOException;
import java.net.URI;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;

/** Asks for the files that must never be served; compares with what a path that cannot exist returns. */
final class ExposureChecks {

    private static final int MAX_BODY = 64 * 1024;

    private ExposureChecks() {
    }

    static List<Finding> run(Site site) throws IOException {
        URI origin = site.origin();
        byte[] fallback = null;
        HttpResponse random = site.http.send("GET", origin.resolve("/" + UUID.randomUUID() + "/.launchready"), Map.of(), MAX_BODY);
        if (random.status() == 200) {
            fallback = random.body();
        }
        List<Finding> findings = new ArrayList<>();
        Set<String> failed = new HashSet<>();
        for (Exposures.Probe probe : Exposures.PROBES) {
            URI uri = origin.resolve(probe.path());
            HttpResponse response = site.http.send("GET", uri, Map.of(), MAX_BODY);
            if (Exposures.exposed(probe, response.status(), response.body(), fallback)) {
                failed.add(probe.id());
                findings.add(Finding.fail(probe.id(), uri.toString(), "served (" + response.status() + "): "
                        + probe.what() + ", starts with \"" + Http.abbreviate(firstLine(response.text())) + "\"", probe.fix()));
            }
        }
        for (Exposures.Probe probe : Exposures.PROBES) {
            if (!failed.contains(probe.id())) {
                failed.add(probe.id());
                findings.add(Finding.pass(probe.id(), origin.toString(), "not served"));
            }
        }
        return findings;
    }

    private static String firstLine(String text) {
        String line = text.lines().findFirst().orElse("");
        // Show the shape, never a secret's value.
        int eq = line.indexOf('=');
        return eq > 0 ? line.substring(0, eq + 1) + "***" : line;
    }
}
