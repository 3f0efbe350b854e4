package dev.launchready.servlet;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import ch.qos.logback.classic.Logger;
import ch.qos.logback.classic.spi.ILoggingEvent;
import ch.qos.logback.classic.spi.IThrowableProxy;
import ch.qos.logback.core.read.ListAppender;
import dev.launchready.client.ClientAddresses;
import dev.launchready.config.LaunchReadySettings;
import dev.launchready.redact.Redactor;
import dev.launchready.trace.RequestIds;
import jakarta.servlet.DispatcherType;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.Socket;
import java.net.URI;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import org.eclipse.jetty.ee10.servlet.FilterHolder;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.slf4j.LoggerFactory;

/** Request IDs and safe error pages on a real Jetty, over real sockets. */
class TraceIT {

    private static final String GENERATED = "[0-9a-z]{20}";
    private static JettyApp app;
    private static JettyApp untrusting;
    /** Request IDs and error pages only, built through the builder: no edge wrapper takes the page's place. */
    private static JettyApp pagesOnly;
    /** Snapshots each event's MDC as it is appended: read later, it would be the test thread's. */
    private final ListAppender<ILoggingEvent> logs = new ListAppender<>() {
        @Override
        protected void append(ILoggingEvent event) {
            event.prepareForDeferredProcessing();
            super.append(event);
        }
    };

    @BeforeAll
    static void start() throws Exception {
        // The default trusts loopback, as a proxy on the same host would be.
        app = TraceApp.start(Map.of("launchready.health.drain-period", "0s"));
        untrusting = TraceApp.start(Map.of("launchready.client.trusted-proxies", "none",
                "launchready.health.drain-period", "0s"));
        LaunchReadySettings settings = LaunchReadySettings.from(key -> null);
        LaunchReadyFilter filter = LaunchReadyFilter.builder()
                .requestIds(RequestIds.of(settings.trace()), ClientAddresses.of(settings.client()))
                .errorPages(Redactor.defaults()::redact).build();
        pagesOnly = JettyApp.start(Map.of("launchready.enabled", "false"), context -> {
            context.addFilter(new FilterHolder(filter), "/*", EnumSet.of(DispatcherType.REQUEST));
            TraceApp.register(context);
        });
    }

    @AfterAll
    static void stop() {
        app.close();
        untrusting.close();
        pagesOnly.close();
    }

    @BeforeEach
    void captureLogs() {
        logs.start();
        logger("app").addAppender(logs);
        logger("launchready.errors").addAppender(logs);
    }

    @AfterEach
    void releaseLogs() {
        logger("app").detachAppender(logs);
        logger("launchready.errors").detachAppender(logs);
    }

    @Test
    void everyRequestGetsAnIdInTheHeaderAndInTheAppsLogLines() throws Exception {
        HttpResponse<String> first = Http.get(app.uri("/mdc"));
        HttpResponse<String> second = Http.get(app.uri("/mdc"));

        String id = first.headers().firstValue("X-Request-Id").orElseThrow();
        assertThat(id).matches(GENERATED);
        assertThat(first.body()).isEqualTo(id);
        assertThat(second.body()).matches(GENERATED).isNotEqualTo(id);
        assertThat(errorsAndAppLines()).filteredOn(e -> e.getLoggerName().equals("app"))
                .extracting(e -> e.getMDCPropertyMap().get("requestId")).contains(id, second.body());
    }

    @Test
    void theMdcIsClearedWhenTheRequestLeavesTheFilter() throws Exception {
        TraceApp.AFTER_REQUEST.clear();
        Http.get(app.uri("/mdc"));
        Http.get(app.uri("/boom"));
        Http.get(app.uri("/healthz"));

        // recorded by a ServletRequestListener, on the same thread after the filter chain (and after the
        // response went out, hence the wait)
        await().atMost(Duration.ofSeconds(15)).pollInterval(Duration.ofMillis(20))
                .until(() -> TraceApp.AFTER_REQUEST.size() == 3);
        assertThat(TraceApp.AFTER_REQUEST).containsOnly("none");
    }

    @Test
    void aTrustedProxysIdIsKeptAndATraceparentsTraceIdUsed() throws Exception {
        assertThat(Http.get(app.uri("/mdc"), "X-Request-Id", "req-7f3a:b1").body()).isEqualTo("req-7f3a:b1");
        assertThat(Http.get(app.uri("/mdc"), "traceparent",
                "00-4bf92f3577b34da6a3ce929d0e0e4736-00f067aa0ba902b7-01").body())
                .isEqualTo("4bf92f3577b34da6a3ce929d0e0e4736");
    }

    @Test
    void anUntrustedPeersIdIsReplaced() throws Exception {
        HttpResponse<String> reply = Http.get(untrusting.uri("/mdc"), "X-Request-Id", "chosen-by-client");

        assertThat(reply.body()).matches(GENERATED);
        assertThat(reply.headers().firstValue("X-Request-Id")).hasValue(reply.body());
    }

    @Test
    void oversizedNonAsciiAndLogForgingIdsAreReplaced() throws Exception {
        for (byte[] value : List.of("x".repeat(65).getBytes(StandardCharsets.US_ASCII),
                "caf\u00e9-1".getBytes(StandardCharsets.UTF_8), "id with space".getBytes(StandardCharsets.US_ASCII),
                "a\rFAKE LOG LINE".getBytes(StandardCharsets.US_ASCII),
                "a%0d%0aERROR forged".getBytes(StandardCharsets.US_ASCII))) {
            String response = raw(app, value);
            assertThat(response).as(new String(value, StandardCharsets.UTF_8)).doesNotContain("FAKE", "forged");
            if (response.startsWith("HTTP/1.1 200")) {
                assertThat(body(response)).matches(GENERATED);
            } else { // Jetty itself refused the header: also safe, nothing reached the log
                assertThat(response).startsWith("HTTP/1.1 400");
            }
        }
        // a folded (multi-line) header is refused by Jetty before any app code runs
        assertThat(rawRequest(app, "GET /mdc HTTP/1.1\r\nHost: x\r\nX-Request-Id: a\r\n b\r\nConnection: close\r\n\r\n"))
                .startsWith("HTTP/1.1 400");
    }

    @Test
    void asyncWorkAndAsyncDispatchesCarryTheId() throws Exception {
        HttpResponse<String> started = Http.get(app.uri("/async"));
        HttpResponse<String> dispatched = Http.get(app.uri("/async-dispatch"));

        assertThat(started.body()).isEqualTo(started.headers().firstValue("X-Request-Id").orElseThrow());
        assertThat(dispatched.body()).isEqualTo(dispatched.headers().firstValue("X-Request-Id").orElseThrow());
    }

    @Test
    void anEscapedExceptionGetsTheReferencePageAndOneRedactedErrorLine() throws Exception {
        HttpResponse<String> page = Http.get(app.uri("/boom"), "Accept", "text/html");
        HttpResponse<String> problem = Http.get(app.uri("/boom"), "Accept", "application/json");

        String id = page.headers().firstValue("X-Request-Id").orElseThrow();
        assertThat(page.statusCode()).isEqualTo(500);
        assertThat(page.headers().firstValue("Content-Type")).hasValueSatisfying(t -> assertThat(t).startsWith("text/html"));
        assertThat(page.headers().firstValue("Cache-Control")).hasValue("no-store");
        assertThat(page.body()).contains("<code>" + id + "</code>").doesNotContain("jdbc", "Exception", "at dev.");
        assertThat(problem.statusCode()).isEqualTo(500);
        assertThat(problem.headers().firstValue("Content-Type")).hasValue("application/problem+json");
        assertThat(problem.body()).contains("\"requestId\":\"" + problem.headers().firstValue("X-Request-Id").orElseThrow())
                .doesNotContain("jdbc", "Exception");

        List<ILoggingEvent> errors = errorsFor(id);
        assertThat(errors).hasSize(1);
        String logged = render(errors.get(0));
        assertThat(logged).contains("request failed: GET /boom", "java.lang.IllegalStateException",
                "java.net.ConnectException", "db.internal").doesNotContain(TraceApp.JDBC_PASSWORD);
    }

    @Test
    void aFailureAfterTheResponseStartedIsLoggedOnceAndTheResponseLeftAlone() throws Exception {
        HttpResponse<String> reply = Http.get(app.uri("/boom-after-commit"));

        assertThat(reply.statusCode()).isEqualTo(200);
        assertThat(reply.body()).startsWith("partial");
        List<ILoggingEvent> errors = errorsFor(reply.headers().firstValue("X-Request-Id").orElseThrow());
        assertThat(errors).hasSize(1);
        assertThat(errors.get(0).getFormattedMessage()).contains("after the response started");
        assertThat(render(errors.get(0))).doesNotContain(TraceApp.JDBC_PASSWORD);
    }

    @Test
    void bodiless5xxGetThePageButTheAppsOwnBodiesAnd4xxAreUntouched() throws Exception {
        // With the cache and security headers on (the defaults) the edge wrapper watches for the page,
        // without them the error-page wrapper does.
        assertBodiless5xxGetThePage(app);
        assertBodiless5xxGetThePage(pagesOnly);
    }

    private static void assertBodiless5xxGetThePage(JettyApp target) throws Exception {
        HttpResponse<String> sent = Http.get(target.uri("/send-error"), "Accept", "application/json");
        HttpResponse<String> unavailable = Http.get(target.uri("/status-503"), "Accept", "text/html");
        HttpResponse<String> own = Http.get(target.uri("/own-500"));
        HttpResponse<String> missing = Http.get(target.uri("/not-found"));

        assertThat(sent.statusCode()).isEqualTo(500);
        assertThat(sent.body()).contains("\"requestId\"").doesNotContain("jdbc", "SQLException", "password");
        assertThat(sent.headers().firstValue("Cache-Control")).hasValue("no-store");
        assertThat(unavailable.statusCode()).isEqualTo(503);
        assertThat(unavailable.body()).contains("briefly unavailable");
        assertThat(own.statusCode()).isEqualTo(500);
        assertThat(own.body()).isEqualTo("{\"error\":\"ours\"}");
        assertThat(missing.statusCode()).isEqualTo(404);
        assertThat(missing.body()).doesNotContain("requestId");
    }

    @Test
    void aClientThatWentAwayIsNotAnAppFailure() throws Exception {
        HttpResponse<String> reply = Http.get(app.uri("/client-gone"));

        // the container answers as it does for a vanished client; nothing is logged at ERROR by us
        assertThat(reply.body()).doesNotContain("requestId");
        assertThat(errorsFor(reply.headers().firstValue("X-Request-Id").orElseThrow())).isEmpty();
    }

    @Test
    void anExceptionWhoseMessageThrowsStillGetsThePage() throws Exception {
        HttpResponse<String> reply = Http.get(app.uri("/bad-message"));

        assertThat(reply.statusCode()).isEqualTo(500);
        assertThat(reply.body()).contains("requestId");
        assertThat(errorsFor(reply.headers().firstValue("X-Request-Id").orElseThrow())).hasSize(1);
    }

    private List<ILoggingEvent> errorsFor(String id) {
        List<ILoggingEvent> events;
        synchronized (logs) { // AppenderBase appends under this lock
            events = List.copyOf(logs.list);
        }
        return events.stream().filter(e -> e.getLevel() == ch.qos.logback.classic.Level.ERROR)
                .filter(e -> id.equals(e.getMDCPropertyMap().get("requestId"))).toList();
    }

    private List<ILoggingEvent> errorsAndAppLines() {
        synchronized (logs) {
            return List.copyOf(logs.list);
        }
    }

    private static String render(ILoggingEvent event) {
        StringBuilder sb = new StringBuilder(event.getFormattedMessage());
        for (IThrowableProxy t = event.getThrowableProxy(); t != null; t = t.getCause()) {
            sb.append('\n').append(t.getClassName()).append(": ").append(t.getMessage());
        }
        return sb.toString();
    }

    private static Logger logger(String name) {
        return (Logger) LoggerFactory.getLogger(name);
    }

    private static String raw(JettyApp target, byte[] idValue) throws IOException {
        ByteArrayOutputStream request = new ByteArrayOutputStream();
        request.writeBytes("GET /mdc HTTP/1.1\r\nHost: x\r\nConnection: close\r\nX-Request-Id: "
                .getBytes(StandardCharsets.US_ASCII));
        request.writeBytes(idValue);
        request.writeBytes("\r\n\r\n".getBytes(StandardCharsets.US_ASCII));
        return rawBytes(target, request.toByteArray());
    }

    private static String rawRequest(JettyApp target, String request) throws IOException {
        return rawBytes(target, request.getBytes(StandardCharsets.US_ASCII));
    }

    private static String rawBytes(JettyApp target, byte[] request) throws IOException {
        URI uri = target.uri("/");
        try (Socket socket = new Socket(uri.getHost(), uri.getPort())) {
            socket.setSoTimeout(10_000);
            OutputStream out = socket.getOutputStream();
            out.write(request);
            out.flush();
            InputStream in = socket.getInputStream();
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        }
    }

    private static String body(String response) {
        String body = response.substring(response.indexOf("\r\n\r\n") + 4);
        // chunked or not, the ID is the only word
        return body.lines().filter(l -> l.matches(GENERATED)).findFirst().orElse(body);
    }
}
