package dev.launchready.cli;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/** {@code --smoke /path=status}: each path answers what it must, never 404 or 5xx unless that is what was asked. */
final class SmokeChecks {

    private SmokeChecks() {
    }

    static List<Finding> run(Site site) throws java.io.IOException {
        List<Finding> findings = new ArrayList<>();
        for (Smoke smoke : site.target.smokes()) {
            HttpResponse response = site.get(smoke.path(), Map.of());
            String subject = response.uri().toString();
            if (response.status() == smoke.status()) {
                findings.add(Finding.pass("smoke", subject, "answered " + response.status()));
            } else {
                findings.add(Finding.fail("smoke", subject, "answered " + response.status() + ", expected " + smoke.status(),
                        response.status() >= 500 ? "The path fails on the server: check the logs of the last deploy."
                                : "Check the route and the deploy: this path should answer " + smoke.status() + "."));
            }
        }
        return findings;
    }
}
