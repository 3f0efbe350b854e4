package dev.launchready.cli;

import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/** N sequential requests per path, each a new connection as a new visitor makes it (DNS, TCP, TLS, response). */
final class LatencyChecks {

    private LatencyChecks() {
    }

    static List<Finding> run(Site site, List<Latency> results, Map<String, Double> baseline) throws IOException {
        List<Finding> findings = new ArrayList<>();
        for (String path : site.target.latencyPaths()) {
            double[] millis = new double[site.target.samples()];
            int errors = 0;
            for (int i = 0; i < millis.length; i++) {
                long start = System.nanoTime();
                try {
                    HttpResponse response = site.get(path, Map.of());
                    if (response.status() >= 500) {
                        errors++;
                    }
                } catch (IOException e) {
                    errors++;
                }
                millis[i] = (System.nanoTime() - start) / 1_000_000.0;
            }
            Latency latency = Latency.of(path, millis, errors);
            synchronized (results) {
                results.add(latency);
            }
            findings.add(latency.judge(site.origin().resolve(path).toString(), site.target.maxP95(), baseline.get(path)));
        }
        return findings;
    }
}
