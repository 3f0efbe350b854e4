package dev.launchready.servlet;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import jakarta.servlet.AsyncContext;
import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.Socket;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Map;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.eclipse.jetty.ee10.servlet.ServletHolder;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** Request timing and the scrape endpoint on a real Jetty over loopback, read back through the scrape itself. */
class MetricsIT {

    private static final ScheduledExecutorService LATER = Executors.newSingleThreadScheduledExecutor();
    private static JettyApp app;

    @BeforeAll
    static void start() throws Exception {
        app = JettyApp.start(Map.of("launchready.health.drain-period", "0s", "launchready.metrics.application", "it",
                "launchready.metrics.routes", "/members/{id}"), context -> {
            context.addServlet(new ServletHolder(new LoginServlet()), "/login");
            context.addServlet(new ServletHolder(new SleepServlet()), "/slow");
            context.addServlet(new ServletHolder(new FailServlet()), "/fail");
            context.addServlet(new ServletHolder(new StreamServlet()), "/stream");
            ServletHolder async = new ServletHolder(new AsyncServlet());
            async.setAsyncSupported(true);
            context.addServlet(async, "/async/*");
            context.addServlet(new ServletHolder(new JettyApp.AppServlet()), "/");
        });
    }

    @AfterAll
    static void stop() {
        app.close();
        LATER.shutdownNow();
    }

    @Test
    void matchedRoutesKeepTheirTemplateForEveryStatus() throws Exception {
        Http.send("POST", app.uri("/login?ok"));
        Http.send("POST", app.uri("/login"));
        Http.get(app.uri("/login;jsessionid=abc"));
        String scrape = scrape();
        assertThat(count(scrape, "uri=\"/login\"", "method=\"POST\"", "status=\"302\"")).isEqualTo(1);
        assertThat(count(scrape, "uri=\"/login\"", "method=\"POST\"", "status=\"401\"")).isEqualTo(1);
        assertThat(count(scrape, "uri=\"/login\"", "method=\"GET\"", "status=\"200\"")).isEqualTo(1);
        assertThat(scrape).contains("application=\"it\"").doesNotContain("jsessionid");
    }

    @Test
    void unmatchedPathsAndOddMethodsFold() throws Exception {
        Http.get(app.uri("/members/42"));
        Http.get(app.uri("/wp-admin/" + System.nanoTime()));
        Http.send("PROPFIND", app.uri("/login"));
        String scrape = scrape();
        assertThat(count(scrape, "uri=\"/members/{id}\"", "status=\"200\"")).isEqualTo(1);
        // the app's catch-all servlet on /* is a template like any other: its pattern, never the path
        assertThat(count(scrape, "uri=\"/*\"", "method=\"GET\"", "status=\"200\"")).isGreaterThanOrEqualTo(1);
        assertThat(scrape).doesNotContain("wp-admin");
        assertThat(count(scrape, "uri=\"/login\"", "method=\"UNKNOWN\"")).isEqualTo(1);
    }

    @Test
    void ownEndpointsAreNotTimed() throws Exception {
        Http.get(app.uri("/livez"));
        Http.get(app.uri("/healthz"));
        scrape();
        String scrape = scrape();
        assertThat(scrape).doesNotContain("uri=\"/livez\"").doesNotContain("uri=\"/healthz\"")
                .doesNotContain("uri=\"/metrics\"");
    }

    @Test
    void secondsNotMillisecondsAndExactBucketAtTheTarget() throws Exception {
        Http.get(app.uri("/slow"));
        String scrape = scrape();
        double sum = value(scrape, "http_server_requests_seconds_sum", "uri=\"/slow\"");
        assertThat(sum).isBetween(0.2, 2.0);
        assertThat(value(scrape, "http_server_requests_seconds_bucket", "uri=\"/slow\"", "le=\"0.3\"")).isEqualTo(1);
        assertThat(scrape).contains("# HELP http_server_requests_seconds");
        assertThat(Pattern.compile("http_server_requests_seconds_bucket\\{[^}]*uri=\"/slow\"").matcher(scrape).results()
                .count()).isLessThanOrEqualTo(41);
    }

    @Test
    void anExceptionIsA500WithItsSimpleName() throws Exception {
        Http.get(app.uri("/fail"));
        String scrape = scrape();
        assertThat(count(scrape, "uri=\"/fail\"", "status=\"500\"", "exception=\"IllegalStateException\"",
                "outcome=\"SERVER_ERROR\"")).isEqualTo(1);
    }

    @Test
    void asyncRequestsAreTimedToCompletionOrTimeout() throws Exception {
        Http.get(app.uri("/async/complete"));
        Http.get(app.uri("/async/timeout"));
        String scrape = scrape();
        assertThat(count(scrape, "uri=\"/async/*\"", "status=\"200\"")).isEqualTo(1);
        assertThat(value(scrape, "http_server_requests_seconds_sum", "uri=\"/async/*\"", "status=\"200\""))
                .isGreaterThanOrEqualTo(0.1);
        assertThat(count(scrape, "uri=\"/async/*\"", "status=\"500\"")).isEqualTo(1);
        assertThat(value(scrape, "http_server_requests_seconds_sum", "uri=\"/async/*\"", "status=\"500\""))
                .isGreaterThanOrEqualTo(0.2);
    }

    @Test
    void aClientThatHangsUpIs499NeverA5xx() throws Exception {
        try (Socket socket = new Socket("127.0.0.1", app.uri("/").getPort())) {
            socket.getOutputStream().write("GET /stream HTTP/1.1\r\nHost: x\r\n\r\n".getBytes(StandardCharsets.US_ASCII));
            socket.getOutputStream().flush();
            InputStream in = socket.getInputStream();
            in.readNBytes(1024);
            socket.setSoLinger(true, 0); // a reset, as a browser tab closed mid-download
        }
        String scrape = await().atMost(Duration.ofSeconds(5)).pollInterval(Duration.ofMillis(100))
                .until(MetricsIT::scrape, s -> count(s, "uri=\"/stream\"") > 0);
        assertThat(count(scrape, "uri=\"/stream\"", "status=\"499\"", "outcome=\"CLIENT_ERROR\"")).isEqualTo(1);
        assertThat(count(scrape, "uri=\"/stream\"", "status=\"500\"")).isZero();
    }

    @Test
    void forwardedHeadersNeverUnlockTheScrape() throws Exception {
        HttpResponse<String> direct = Http.get(app.uri("/metrics"));
        assertThat(direct.statusCode()).isEqualTo(200);
        assertThat(direct.headers().firstValue("Cache-Control")).hasValue("no-store");
        assertThat(direct.headers().firstValue("Content-Type")).hasValueSatisfying(t -> assertThat(t).startsWith("text/plain"));
        for (String header : new String[] {"X-Forwarded-For", "Forwarded", "X-Real-IP"}) {
            HttpResponse<String> proxied = Http.get(app.uri("/metrics"), header, header.equals("Forwarded")
                    ? "for=127.0.0.1" : "127.0.0.1");
            assertThat(proxied.statusCode()).as(header).isEqualTo(404);
            assertThat(proxied.body()).doesNotContain("http_server");
            assertThat(proxied.headers().firstValue("Cache-Control")).hasValue("no-store");
        }
        assertThat(Http.send("POST", app.uri("/metrics")).statusCode()).isEqualTo(405);
    }

    @Test
    void aTokenUnlocksTheScrapeWhenAccessIsToken() throws Exception {
        try (JettyApp tokenApp = JettyApp.start(Map.of("launchready.health.drain-period", "0s", "launchready.metrics.access", "token",
                "launchready.metrics.token", "s3cret-scrape"))) {
            assertThat(Http.get(tokenApp.uri("/metrics")).statusCode()).isEqualTo(404);
            assertThat(Http.get(tokenApp.uri("/metrics"), "Authorization", "Bearer wrong").statusCode()).isEqualTo(404);
            assertThat(Http.get(tokenApp.uri("/metrics"), "Authorization", "Bearer s3cret-scrape", "X-Forwarded-For",
                    "203.0.113.9").statusCode()).isEqualTo(200);
        }
    }

    private static String scrape() throws Exception {
        HttpResponse<String> response = Http.get(app.uri("/metrics"));
        assertThat(response.statusCode()).isEqualTo(200);
        return response.body();
    }

    /** The _count of the one series whose labels contain every fragment (0 when none). */
    static long count(String scrape, String... fragments) {
        return (long) value(scrape, "http_server_requests_seconds_count", fragments);
    }

    static double value(String scrape, String metric, String... fragments) {
        double total = 0;
        Matcher m = Pattern.compile("(?m)^" + metric + "\\{(.*)\\} (\\S+)$").matcher(scrape);
        while (m.find()) {
            boolean all = true;
            for (String f : fragments) {
                all &= m.group(1).contains(f);
            }
            if (all) {
                total += Double.parseDouble(m.group(2));
            }
        }
        return total;
    }

    static final class LoginServlet extends HttpServlet {
        @Override
        protected void doGet(HttpServletRequest req, HttpServletResponse resp) throws IOException {
            resp.getWriter().write("form");
        }

        @Override
        protected void doPost(HttpServletRequest req, HttpServletResponse resp) throws IOException {
            if (req.getQueryString() != null) {
                resp.sendRedirect("/members");
            } else {
                resp.setStatus(401);
            }
        }
    }

    static final class SleepServlet extends HttpServlet {
        @Override
        protected void doGet(HttpServletRequest req, HttpServletResponse resp) throws IOException {
            try {
                Thread.sleep(220);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
            resp.getWriter().write("slow");
        }
    }

    static final class FailServlet extends HttpServlet {
        @Override
        protected void doGet(HttpServletRequest req, HttpServletResponse resp) {
            throw new IllegalStateException("boom");
        }
    }

    /** Streams until the client goes away. */
    static final class StreamServlet extends HttpServlet {
        @Override
        protected void doGet(HttpServletRequest req, HttpServletResponse resp) throws IOException {
            OutputStream out = resp.getOutputStream();
            byte[] chunk = new byte[64 * 1024];
            for (int i = 0; i < 2_000; i++) {
                out.write(chunk);
                out.flush();
                try {
                    Thread.sleep(5);
                } catch (InterruptedException e) {
                    Thread.currentThread().interrupt();
                    return;
                }
            }
        }
    }

    static final class AsyncServlet extends HttpServlet {
        @Override
        protected void doGet(HttpServletRequest req, HttpServletResponse resp) {
            AsyncContext async = req.startAsync();
            if (req.getPathInfo().equals("/timeout")) {
                async.setTimeout(200);
                return; // nobody completes: the container times it out
            }
            LATER.schedule(() -> {
                try {
                    async.getResponse().getWriter().write("later");
                } catch (IOException e) {
                    throw new IllegalStateException(e);
                }
                async.complete();
            }, 120, TimeUnit.MILLISECONDS);
        }
    }
}
