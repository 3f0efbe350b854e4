package dev.launchready.cli;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.net.SocketTimeoutException;
import java.net.URI;
import java.time.Clock;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** The small HTTP client against a scripted loopback server: framing, bounds, and malformed answers. */
class HttpTest {

    private static Http http(Duration timeout) throws IOException {
        // IP literals never reach DNS; the resolver here is a port where nothing answers.
        return new Http(Dns.at("127.0.0.1", 9, Duration.ofMillis(200)), Trust.systemPlus(null), timeout);
    }

    private static HttpResponse get(String answer) throws IOException {
        try (RawServer server = new RawServer(answer)) {
            return http(Duration.ofSeconds(5)).get(URI.create("http://127.0.0.1:" + server.port() + "/x?y=1"));
        }
    }

    @Test
    void readsContentLengthChunkedAndUntilClose() throws IOException {
        HttpResponse sized = get("HTTP/1.1 200 OK\r\nContent-Length: 5\r\nSet-Cookie: a=1\r\nset-cookie: b=2\r\n\r\nhello, ignored");
        assertThat(sized.text()).isEqualTo("hello");
        assertThat(sized.headers("Set-Cookie")).containsExactly("a=1", "b=2");
        HttpResponse chunked = get("HTTP/1.1 200 OK\r\nTransfer-Encoding: chunked\r\n\r\n5;ext=1\r\nhello\r\n6\r\n world\r\n0\r\n\r\n");
        assertThat(chunked.text()).isEqualTo("hello world");
        HttpResponse close = get("HTTP/1.0 404 Not Found\r\nServer: x\r\n\r\nuntil the end");
        assertThat(close.status()).isEqualTo(404);
        assertThat(close.text()).isEqualTo("until the end");
    }

    @Test
    void redirectsResolveRelativeLocations() throws IOException {
        HttpResponse redirect = get("HTTP/1.1 301 Moved\r\nLocation: /next\r\nContent-Length: 0\r\n\r\n");
        assertThat(redirect.isRedirect()).isTrue();
        assertThat(redirect.location().getPath()).isEqualTo("/next");
        assertThat(get("HTTP/1.1 302 Found\r\nContent-Length: 0\r\n\r\n").isRedirect()).isFalse();
        HttpResponse bad = get("HTTP/1.1 301 Moved\r\nLocation: http://bad host/\r\nContent-Length: 0\r\n\r\n");
        assertThatThrownBy(bad::location).isInstanceOf(IOException.class).hasMessageContaining("unusable Location");
    }

    @Test
    void malformedAnswersAreClearErrors() {
        assertThatThrownBy(() -> get("SSH-2.0-OpenSSH_9.2\r\n\r\n")).isInstanceOf(IOException.class)
                .hasMessageContaining("not an HTTP response");
        assertThatThrownBy(() -> get("HTTP/1.1 abc OK\r\n\r\n")).hasMessageContaining("bad status line");
        assertThatThrownBy(() -> get("HTTP/1.1 200 OK\r\nContent-Length: lots\r\n\r\n")).hasMessageContaining("bad Content-Length");
        assertThatThrownBy(() -> get("HTTP/1.1 200 OK\r\nTransfer-Encoding: chunked\r\n\r\nzz\r\n")).hasMessageContaining("bad chunk size");
        assertThatThrownBy(() -> get("")).hasMessageContaining("connection closed");
        assertThatThrownBy(() -> get("HTTP/1.1 200 OK\r\nX-Big: " + "a".repeat(70_000) + "\r\n\r\n"))
                .hasMessageContaining("too long");
    }

    @Test
    void aServerThatNeverAnswersTimesOut() throws IOException {
        try (RawServer silent = new RawServer(null)) {
            assertThatThrownBy(() -> http(Duration.ofMillis(300)).get(URI.create("http://127.0.0.1:" + silent.port() + "/")))
                    .isInstanceOf(SocketTimeoutException.class);
        }
        assertThatThrownBy(() -> http(Duration.ofSeconds(1)).get(URI.create("ftp://127.0.0.1/"))).hasMessageContaining("not an http(s) URL");
        assertThatThrownBy(() -> http(Duration.ofSeconds(1)).get(URI.create("http://nowhere.invalid/"))).hasMessageContaining("does not resolve");
    }

    @Test
    void anAuditWhoseSiteHangsEndsAtItsDeadlineWithTimeoutFindings() throws Exception {
        try (RawServer silent = new RawServer(null)) {
            Target target = new Target(URI.create("https://127.0.0.1:" + silent.port()), "127.0.0.1", null, silent.port(),
                    List.of(), null, List.of(), null, null, null, List.of("/"), 20, null, null, List.of(), null, Duration.ofSeconds(1), 21, 7);
            Site site = new Site(target, Dns.at("127.0.0.1", 9, Duration.ofMillis(100)), http(Duration.ofSeconds(20)),
                    Clock.systemUTC());
            long start = System.nanoTime();
            Report report = new Audit(site, Map.of(), Duration.ofMillis(1500), line -> { }).run();
            assertThat(Duration.ofNanos(System.nanoTime() - start)).isLessThan(Duration.ofSeconds(10));
            assertThat(report.findings()).extracting(Finding::id).contains("page.timeout", "redirect.timeout", "tls.timeout");
            // An IP literal needs no DNS.
            assertThat(report.findings()).filteredOn(f -> f.id().equals("dns.resolves"))
                    .extracting(Finding::severity).containsOnly(Severity.PASS);
            assertThat(report.worst()).isEqualTo(Severity.FAIL);
        }
    }
}
