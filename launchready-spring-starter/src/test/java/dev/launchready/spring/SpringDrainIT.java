package dev.launchready.spring;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.locks.LockSupport;
import org.junit.jupiter.api.Test;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.context.ConfigurableApplicationContext;

/** Closing the context (what SIGTERM does) fails readiness first and keeps serving through the drain. */
class SpringDrainIT {

    private static final HttpClient CLIENT = HttpClient.newHttpClient();

    @Test
    void readinessFailsBeforeGracefulShutdownClosesTheConnectors() throws Exception {
        ConfigurableApplicationContext context = new SpringApplicationBuilder(SecuredApp.class)
                .properties("server.port=0", "server.shutdown=graceful", "launchready.health.drain-period=2s")
                .run();
        int port = Integer.parseInt(context.getEnvironment().getProperty("local.server.port"));
        assertThat(status(port, "/readyz")).isEqualTo(200);
        long started = System.nanoTime();
        CompletableFuture<Void> closing = CompletableFuture.runAsync(context::close);
        long deadline = System.nanoTime() + Duration.ofSeconds(5).toNanos();
        while (status(port, "/readyz") != 503) {
            assertThat(System.nanoTime()).as("readiness turned 503 in time").isLessThan(deadline);
            LockSupport.parkNanos(Duration.ofMillis(20).toNanos());
        }
        assertThat(status(port, "/livez")).isEqualTo(200);
        closing.get();
        assertThat((System.nanoTime() - started) / 1_000_000).as("ms to close").isGreaterThanOrEqualTo(2_000);
    }

    private static int status(int port, String path) throws Exception {
        return CLIENT.send(HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + port + path)).build(),
                HttpResponse.BodyHandlers.discarding()).statusCode();
    }
}
