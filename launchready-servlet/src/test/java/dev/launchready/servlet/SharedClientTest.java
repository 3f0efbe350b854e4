package dev.launchready.servlet;

import static org.assertj.core.api.Assertions.assertThat;

import ch.qos.logback.classic.Logger;
import ch.qos.logback.classic.spi.ILoggingEvent;
import ch.qos.logback.core.read.ListAppender;
import dev.launchready.cache.CachePolicy;
import dev.launchready.client.ClientAddresses;
import dev.launchready.config.LaunchReadySettings;
import dev.launchready.https.HttpsRedirects;
import dev.launchready.https.SecurityHeaders;
import dev.launchready.logging.AccessLogLine;
import dev.launchready.redact.Redactor;
import dev.launchready.trace.RequestIds;
import jakarta.servlet.FilterChain;
import java.util.HashMap;
import java.util.Map;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.slf4j.LoggerFactory;

/**
 * The client behind a request is resolved once and shared by the request-ID, HTTPS/edge and access-log
 * stages: every forwarding header is read once per request, and every stage decides on the same
 * answer. A spoofed header, or a proxy list that does not cover the peer, still gets exactly the
 * untrusted decisions: a fresh request ID, no HSTS, no upgrade directive, the peer in the access log.
 */
class SharedClientTest {

    private static final String VISITOR = "198.51.100.7";
    private static final FilterChain PAGE = (req, res) -> res.getOutputStream().write('x');

    private final ListAppender<ILoggingEvent> accessLog = new ListAppender<>();

    @BeforeEach
    void captureTheAccessLog() {
        accessLog.start();
        ((Logger) LoggerFactory.getLogger(AccessLogLine.LOGGER)).addAppender(accessLog);
    }

    @AfterEach
    void release() {
        ((Logger) LoggerFactory.getLogger(AccessLogLine.LOGGER)).detachAppender(accessLog);
    }

    @Test
    void aForwardedClientIsResolvedOnceAndTheSameInEveryStage() throws Exception {
        CountingExchange x = run(filter(settings(Map.of())), "127.0.0.1");
        assertThat(x.headerReads).containsEntry("X-Forwarded-For", 1).containsEntry("X-Forwarded-Proto", 1)
                .containsEntry("Forwarded", 1).doesNotContainKey("CF-Visitor"); // https was already claimed
        assertThat(x.responseHeaders).containsEntry("X-Request-Id", "proxy-id-1")
                .containsEntry("Strict-Transport-Security", "max-age=31536000")
                .containsEntry("Content-Security-Policy", "frame-ancestors 'none'; upgrade-insecure-requests")
                .containsEntry("Cache-Control", "public, max-age=0, s-maxage=60, stale-while-revalidate=30");
        assertThat(onlyAccessLine()).contains(" client=" + VISITOR);
    }

    @Test
    void aSpoofedHeaderFromAPublicPeerIsIgnoredByEveryStage() throws Exception {
        CountingExchange x = run(filter(settings(Map.of())), "203.0.113.50");
        assertUntrusted(x, "203.0.113.50");
    }

    @Test
    void aProxyListThatMissesThePeerDecidesAsForAnyUntrustedPeer() throws Exception {
        CountingExchange x = run(filter(settings(Map.of("launchready.client.trusted-proxies", "10.0.0.0/8"))),
                "127.0.0.1");
        assertUntrusted(x, "127.0.0.1");
    }

    /** Stages built with different resolvers (possible through the builder) each keep their own answer. */
    @Test
    void stagesWithDifferentResolversDoNotShareAnAnswer() throws Exception {
        LaunchReadySettings settings = settings(Map.of());
        ClientAddresses trustsLoopback = ClientAddresses.of(settings.client());
        ClientAddresses trustsNone = ClientAddresses.of(
                settings(Map.of("launchready.client.trusted-proxies", "10.0.0.0/8")).client());
        LaunchReadyFilter filter = LaunchReadyFilter.builder()
                .edge(HttpsRedirects.of(settings.edge().https()), CachePolicy.of(settings.edge().cache()),
                        SecurityHeaders.of(settings.edge().headers()), trustsLoopback)
                .requestIds(RequestIds.of(settings.trace()), trustsLoopback)
                .accessLog(Redactor.from(settings), trustsNone).build();
        CountingExchange x = run(filter, "127.0.0.1");
        assertThat(x.responseHeaders).containsEntry("X-Request-Id", "proxy-id-1")
                .containsKey("Strict-Transport-Security");
        assertThat(onlyAccessLine()).contains(" client=127.0.0.1");
    }

    private void assertUntrusted(CountingExchange x, String peer) {
        assertThat(x.responseHeaders.get("X-Request-Id")).isNotEqualTo("proxy-id-1").hasSize(20);
        assertThat(x.responseHeaders).doesNotContainKey("Strict-Transport-Security")
                .doesNotContainKey("Location")
                .containsEntry("Content-Security-Policy", "frame-ancestors 'none'");
        assertThat(onlyAccessLine()).contains(" client=" + peer).doesNotContain(VISITOR);
    }

    private static CountingExchange run(LaunchReadyFilter filter, String peer) throws Exception {
        CountingExchange x = new CountingExchange(peer, "/pricing", "Host", "example.com", "X-Forwarded-For", VISITOR,
                "X-Forwarded-Proto", "https", "X-Request-Id", "proxy-id-1");
        filter.doFilter(x.request, x.response, PAGE);
        assertThat(x.body.toByteArray()).containsExactly('x');
        return x;
    }

    private String onlyAccessLine() {
        assertThat(accessLog.list).hasSize(1);
        return accessLog.list.get(0).getFormattedMessage();
    }

    private static LaunchReadySettings settings(Map<String, String> extra) {
        Map<String, String> map = new HashMap<>(Map.of("launchready.https.host", "example.com",
                "launchready.access-log.enabled", "true"));
        map.putAll(extra);
        return LaunchReadySettings.from(map::get);
    }

    /** Built the way the initializer builds it: one resolver shared by every stage. */
    private static LaunchReadyFilter filter(LaunchReadySettings settings) {
        ClientAddresses clients = ClientAddresses.of(settings.client());
        LaunchReadyFilter.Builder builder = LaunchReadyFilter.builder()
                .requestIds(RequestIds.of(settings.trace()), clients)
                .accessLog(Redactor.from(settings), clients);
        LaunchReadyInitializer.edge(settings, clients, builder);
        return builder.build();
    }
}
