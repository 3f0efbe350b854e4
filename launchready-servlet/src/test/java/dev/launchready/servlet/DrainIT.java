package dev.launchready.servlet;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.time.Duration;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import org.junit.jupiter.api.Test;

/** Readiness fails first, the server keeps serving for the drain period, and only then stops. */
class DrainIT {

    @Test
    void stoppingJettyDrainsBeforeConnectorsClose() throws Exception {
        JettyApp app = JettyApp.start(Map.of("launchready.health.drain-period", "2s"));
        assertThat(Http.get(app.uri("/readyz")).statusCode()).isEqualTo(200);
        long started = System.nanoTime();
        CompletableFuture<Void> stopping = CompletableFuture.runAsync(app::close);
        await().atMost(Duration.ofSeconds(15)).pollInterval(Duration.ofMillis(20))
                .until(() -> Http.get(app.uri("/readyz")).statusCode() == 503);
        // still serving: liveness and the app itself
        assertThat(Http.get(app.uri("/livez")).statusCode()).isEqualTo(200);
        assertThat(Http.get(app.uri("/")).body()).isEqualTo("app");
        stopping.get();
        assertThat((System.nanoTime() - started) / 1_000_000).as("ms until stopped").isGreaterThanOrEqualTo(2_000);
    }
}
