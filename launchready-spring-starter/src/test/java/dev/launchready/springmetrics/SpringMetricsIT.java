package dev.launchready.springmetrics;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;

/**
 * The starter enriches Spring's own http.server.requests (Actuator + Prometheus registry, real Tomcat):
 * LaunchReady's buckets, the route of a request Spring Security answered before MVC, folded methods, and
 * the cap that folds into OVERFLOW with every request still counted. One meter of that name, never two.
 */
@SpringBootTest(classes = MetricsApp.class, webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT,
        properties = {"launchready.health.drain-period=0s", "spring.application.name=metrics-it",
            "management.endpoints.web.exposure.include=prometheus", "launchready.metrics.routes=/private",
            "launchready.metrics.max-label-sets=20"})
class SpringMetricsIT {

    private static final HttpClient CLIENT = HttpClient.newBuilder().followRedirects(HttpClient.Redirect.NEVER).build();

    @LocalServerPort
    int port;

    @Test
    void springsMeterCarriesLaunchReadysBucketsRoutesAndCap() throws Exception {
        send("GET", "/members/1");
        send("GET", "/members/2");
        assertThat(send("GET", "/private")).isEqualTo(401);
        send("PROPFIND", "/members/1");
        for (int i = 0; i < 50; i++) {
            assertThat(send("GET", "/scanner-" + i + ".php")).isEqualTo(404);
        }
        String first = scrape();
        String counts = Pattern.compile("(?m)^http_server_requests_seconds_count.*$").matcher(first).results()
                .map(java.util.regex.MatchResult::group).collect(java.util.stream.Collectors.joining("\n"));
        assertThat(first).contains("application=\"metrics-it\"");
        assertThat(count(first, "uri=\"/members/{id}\"", "method=\"GET\"", "status=\"200\"")).isEqualTo(2);
        assertThat(count(first, "uri=\"/private\"", "status=\"401\"")).as(counts).isEqualTo(1);
        assertThat(count(first, "method=\"UNKNOWN\"")).as(counts).isEqualTo(1);
        assertThat(count(first, "uri=\"NOT_FOUND\"")).as(counts).isEqualTo(50);
        assertThat(first).doesNotContain("scanner-").doesNotContain("PROPFIND");
        assertThat(first).contains("le=\"0.3\"");
        Matcher bucketLines = Pattern.compile("(?m)^http_server_requests_seconds_bucket\\{.*uri=\"/members/\\{id}\".*"
                + "method=\"GET\"|(?m)^http_server_requests_seconds_bucket\\{[^\\n]*method=\"GET\"[^\\n]*uri=\"/members/\\{id}\"")
                .matcher(first);
        assertThat(bucketLines.results().count()).isBetween(2L, 41L);
        assertThat(Pattern.compile("(?m)^# TYPE http_server_requests_seconds ").matcher(first).results().count())
                .as("one meter of that name").isEqualTo(1);

        // 40 distinct statuses from one route: past the cap of 20 they fold into OVERFLOW, still counted.
        for (int code = 201; code <= 240; code++) {
            send("GET", "/status/" + code);
        }
        String second = scrape();
        long routed = count(second, "uri=\"/status/{code}\"");
        long overflow = count(second, "uri=\"OVERFLOW\"");
        assertThat(overflow).isPositive();
        assertThat(routed + overflow).as("every request counted").isEqualTo(40);
    }

    @Test
    void aClientThatHangsUpIs499NeverA5xx() throws Exception {
        try (java.net.Socket socket = new java.net.Socket("127.0.0.1", port)) {
            socket.getOutputStream().write("GET /stream HTTP/1.1\r\nHost: x\r\n\r\n"
                    .getBytes(java.nio.charset.StandardCharsets.US_ASCII));
            socket.getOutputStream().flush();
            socket.getInputStream().readNBytes(1024);
            socket.setSoLinger(true, 0); // a reset, as a browser tab closed mid-download
        }
        // uri is /stream, or OVERFLOW when the cap test ran first (the cap is 20 label sets here)
        String scrape = await().atMost(Duration.ofSeconds(5)).pollInterval(Duration.ofMillis(100))
                .until(this::scrape, s -> count(s, "status=\"499\"") > 0);
        assertThat(count(scrape, "status=\"499\"", "outcome=\"CLIENT_ERROR\"")).isEqualTo(1);
        assertThat(count(scrape, "status=\"5")).isZero();
    }

    private String scrape() throws Exception {
        HttpResponse<String> r = CLIENT.send(HttpRequest.newBuilder(uri("/actuator/prometheus")).build(),
                HttpResponse.BodyHandlers.ofString());
        assertThat(r.statusCode()).isEqualTo(200);
        return r.body();
    }

    private int send(String method, String path) throws Exception {
        return CLIENT.send(HttpRequest.newBuilder(uri(path)).method(method, HttpRequest.BodyPublishers.noBody()).build(),
                HttpResponse.BodyHandlers.discarding()).statusCode();
    }

    private URI uri(String path) {
        return URI.create("http://127.0.0.1:" + port + path);
    }

    static long count(String scrape, String... fragments) {
        long total = 0;
        Matcher m = Pattern.compile("(?m)^http_server_requests_seconds_count\\{(.*)\\} (\\S+)$").matcher(scrape);
        while (m.find()) {
            boolean all = true;
            for (String f : fragments) {
                all &= m.group(1).contains(f);
            }
            if (all) {
                total += (long) Double.parseDouble(m.group(2));
            }
        }
        return total;
    }
}
