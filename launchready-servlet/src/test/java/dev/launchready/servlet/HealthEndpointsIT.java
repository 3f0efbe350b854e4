package dev.launchready.servlet;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import dev.launchready.health.CheckResult;
import dev.launchready.health.HealthCheck;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.Map;
import java.util.concurrent.atomic.AtomicBoolean;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

class HealthEndpointsIT {

    private static final Map<String, String> PARAMS = Map.of(
            "launchready.health.drain-period", "0s",
            "launchready.health.token", "probe-token-123",
            "launchready.health.disk.min-free", "1B",
            "launchready.health.cache-ttl", "200ms");

    private JettyApp app;
    private final AtomicBoolean paymentsUp = new AtomicBoolean(true);

    @BeforeEach
    void start() throws Exception {
        app = JettyApp.start(PARAMS, context -> context.addEventListener(new jakarta.servlet.ServletContextListener() {
            @Override
            public void contextInitialized(jakarta.servlet.ServletContextEvent event) {
                ServletHealth.registry(event.getServletContext()).register(HealthCheck.of("payments", false,
                        () -> paymentsUp.get() ? CheckResult.pass() : CheckResult.fail("down")));
            }
        }));
    }

    @AfterEach
    void stop() throws Exception {
        app.close();
    }

    @Test
    void publicAnswerIsStatusOnlyUncachedAndSessionless() throws Exception {
        for (String path : new String[] {"/healthz", "/readyz", "/livez"}) {
            HttpResponse<String> r = Http.get(app.uri(path), "X-Forwarded-For", "203.0.113.9");
            assertThat(r.statusCode()).as(path).isEqualTo(200);
            assertThat(r.body()).as(path).isEqualTo("{\"status\":\"pass\"}");
            assertThat(r.headers().firstValue("Content-Type")).get().asString().startsWith("application/health+json");
            assertThat(r.headers().firstValue("Cache-Control")).contains("no-store");
            assertThat(r.headers().firstValue("Set-Cookie")).isEmpty();
        }
    }

    @Test
    void headIsAnsweredWithoutBody() throws Exception {
        HttpResponse<String> r = Http.send("HEAD", app.uri("/healthz"), "X-Forwarded-For", "203.0.113.9");
        assertThat(r.statusCode()).isEqualTo(200);
        assertThat(r.body()).isEmpty();
        assertThat(r.headers().firstValue("Content-Length")).contains("17");
    }

    @Test
    void otherMethodsGet405WithAllow() throws Exception {
        HttpResponse<String> r = Http.send("POST", app.uri("/healthz"));
        assertThat(r.statusCode()).isEqualTo(405);
        assertThat(r.headers().firstValue("Allow")).contains("GET, HEAD");
    }

    @Test
    void detailsForDirectLoopbackAndForTokenButNotForForwardedLoopback() throws Exception {
        assertThat(Http.get(app.uri("/healthz")).body()).contains("\"checks\"", "\"payments\"", "\"disk\"");
        assertThat(Http.get(app.uri("/healthz"), "X-Forwarded-For", "127.0.0.1").body())
                .isEqualTo("{\"status\":\"pass\"}");
        assertThat(Http.get(app.uri("/healthz"), "X-Forwarded-For", "203.0.113.9",
                "Authorization", "Bearer probe-token-123").body()).contains("\"payments\"");
        assertThat(Http.get(app.uri("/healthz"), "X-Forwarded-For", "203.0.113.9",
                "Authorization", "Bearer wrong").body()).isEqualTo("{\"status\":\"pass\"}");
    }

    @Test
    void verboseTextViewForAPersonAtATerminal() throws Exception {
        HttpResponse<String> r = Http.get(app.uri("/readyz?verbose"));
        assertThat(r.headers().firstValue("Content-Type")).get().asString().startsWith("text/plain");
        assertThat(r.body()).contains("[+]payments ok", "readyz check passed");
    }

    @Test
    void nonCriticalFailureDegradesButStaysReady() throws Exception {
        paymentsUp.set(false);
        // A fresh registry run is needed: re-register is not possible, so wait for the TTL to pass.
        await().atMost(Duration.ofSeconds(15)).pollInterval(Duration.ofMillis(20))
                .until(() -> Http.get(app.uri("/healthz"), "X-Forwarded-For", "203.0.113.9").body()
                .equals("{\"status\":\"warn\"}"));
        assertThat(Http.get(app.uri("/healthz")).statusCode()).isEqualTo(200);
        assertThat(Http.get(app.uri("/readyz")).statusCode()).isEqualTo(200);
    }

    @Test
    void otherPathsReachTheApp() throws Exception {
        for (String path : new String[] {"/", "/healthzz", "/health", "/livez/x", "/api/healthz"}) {
            HttpResponse<String> r = Http.get(app.uri(path));
            assertThat(r.body()).as(path).isEqualTo("app");
        }
    }
}
