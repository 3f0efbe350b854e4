package dev.launchready.servlet;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import dev.launchready.servlet.BufferedTestApp.Seen;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.Socket;
import java.net.SocketTimeoutException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** BufferedRequest in a real Jetty over real sockets: the filter finds the account, the app still gets every byte. */
class BufferedRequestIT {

    private static final String FORM = "application/x-www-form-urlencoded";
    private static final BufferedTestApp APP = new BufferedTestApp();
    private static JettyApp jetty;

    @BeforeAll
    static void start() throws Exception {
        jetty = JettyApp.start(Map.of("launchready.health.drain-period", "0s"), APP::install);
    }

    @AfterAll
    static void stop() {
        jetty.close();
    }

    @Test
    void aFormUnderTheLimitIsReadByBoth() throws Exception {
        String id = id();
        HttpResponse<byte[]> response = post(id, "/echo/login", FORM, "params", "email=Member%40Example.com&password=hunter+2");
        Seen seen = APP.filterSaw.get(id);
        assertThat(seen.complete()).isTrue();
        assertThat(seen.inBody()).contains("Member@Example.com");
        assertThat(seen.forApp()).contains("Member@Example.com");
        assertThat(text(response)).isEqualTo("email=[Member@Example.com]\npassword=[hunter 2]\ngetParameter(email)=Member@Example.com");
    }

    @Test
    void aFormOverTheLimitLosesNoParameterAndNoByte() throws Exception {
        String bio = "Zo%C3%AB+%E2%82%AC+" + "x".repeat(5_000) + "%26end";
        String body = "email=m%40example.com&bio=" + bio + "&last=yes";
        String params = text(post(id(), "/echo/login", FORM, "params", body));
        assertThat(params).contains("email=[m@example.com]", "bio=[Zoë € " + "x".repeat(5_000) + "&end]", "last=[yes]");

        String id = id();
        assertThat(post(id, "/echo/login", FORM, "stream", body).body()).isEqualTo(bytes(body));
        Seen seen = APP.filterSaw.get(id);
        assertThat(seen.complete()).isFalse();
        assertThat(seen.head()).isEqualTo(bytes(body.substring(0, BufferedTestApp.LIMIT)));
        assertThat(seen.forApp()).as("a head that is not the whole body names no account").isEmpty();
    }

    @Test
    void jsonIsReadThroughTheReaderInTheRightCharset() throws Exception {
        String id = id();
        String small = "{\"email\":\"member\\u0040example.com\",\"name\":\"Zoë\"}";
        assertThat(text(post(id, "/echo/api", "application/json", "reader", small))).isEqualTo(small);
        assertThat(APP.filterSaw.get(id).inBody()).contains("member@example.com");

        String large = "{\"email\":\"m@example.com\",\"bio\":\"" + "Zoë 😀 ".repeat(500) + "\"}";
        assertThat(text(post(id(), "/echo/api", "application/json; charset=UTF-8", "reader", large))).isEqualTo(large);
        assertThat(post(id(), "/echo/api", "application/merge-patch+json", "stream", large).body()).isEqualTo(bytes(large));
    }

    @Test
    void duplicatedFieldsGiveTheLimiterWhatGetParameterGivesTheApp() throws Exception {
        String id = id();
        String echoed = text(post(id, "/echo/login", FORM, "params", "email=first%40x.com&email=second%40x.com"));
        assertThat(echoed).contains("email=[first@x.com, second@x.com]", "getParameter(email)=first@x.com");
        assertThat(APP.filterSaw.get(id).inBody()).contains("first@x.com");

        String withQuery = id();
        echoed = text(post(withQuery, "/echo/login?email=query%40x.com", FORM, "params", "email=random%40x.com"));
        assertThat(echoed).contains("email=[query@x.com, random@x.com]", "getParameter(email)=query@x.com");
        assertThat(APP.filterSaw.get(withQuery).inBody()).as("the body alone is misleading").contains("random@x.com");
        assertThat(APP.filterSaw.get(withQuery).forApp()).contains("query@x.com");
    }

    @Test
    void anotherContentTypeNamesNoAccountAndReachesTheAppUnchanged() throws Exception {
        String id = id();
        String body = "email=m%40example.com";
        assertThat(text(post(id, "/echo/login", "text/plain", "stream", body))).isEqualTo(body);
        assertThat(APP.filterSaw.get(id).inBody()).isEmpty();
        assertThat(APP.filterSaw.get(id).forApp()).isEmpty();
        assertThat(text(post(id(), "/echo/login?q=1", "text/plain", "params", body))).isEqualTo("q=[1]\ngetParameter(email)=null");
    }

    @Test
    void aChunkedBodyWithoutContentLengthIsReadWhole() throws Exception {
        String id = id();
        String part1 = "email=m%40example.com&bio=" + "y".repeat(40);
        String part2 = "y".repeat(60) + "&last=yes";
        String request = "POST /echo/login HTTP/1.1\r\nHost: 127.0.0.1\r\nX-Test: " + id + "\r\nX-Read: params\r\n"
                + "Content-Type: " + FORM + "\r\nTransfer-Encoding: chunked\r\nConnection: close\r\n\r\n"
                + Integer.toHexString(part1.length()) + "\r\n" + part1 + "\r\n"
                + Integer.toHexString(part2.length()) + "\r\n" + part2 + "\r\n0\r\n\r\n";
        String response = raw(bytes(request), false);
        assertThat(response).startsWith("HTTP/1.1 200").contains("bio=[" + "y".repeat(100) + "]", "last=[yes]");
        Seen seen = APP.filterSaw.get(id);
        assertThat(seen.contentLength()).isEqualTo(-1);
        assertThat(seen.complete()).isFalse();
        assertThat(seen.inBody()).as("found in the head, even if the caller will not use it").contains("m@example.com");
    }

    @Test
    void aClientThatClosesEarlyLeavesAnIncompleteHeadAndTheServerHealthy() throws Exception {
        String id = id();
        String request = "POST /echo/login HTTP/1.1\r\nHost: 127.0.0.1\r\nX-Test: " + id + "\r\nX-Read: stream\r\n"
                + "Content-Type: " + FORM + "\r\nContent-Length: 1000\r\n\r\nemail=a%40";
        raw(bytes(request), true);
        await().atMost(Duration.ofSeconds(10)).pollInterval(Duration.ofMillis(20))
                .until(() -> APP.appSaw.containsKey(id));
        Seen seen = APP.filterSaw.get(id);
        assertThat(seen.head()).isEqualTo(bytes("email=a%40"));
        assertThat(seen.complete()).isFalse();
        assertThat(APP.appSaw.get(id)).as("the app meets the failure its own read would have met").startsWith("failed: ")
                .contains("EOF");

        String params = id();
        raw(bytes(request.replace(id, params).replace("X-Read: stream", "X-Read: params")), true);
        await().atMost(Duration.ofSeconds(10)).pollInterval(Duration.ofMillis(20))
                .until(() -> APP.appSaw.containsKey(params));
        assertThat(APP.appSaw.get(params)).as("no half values").isEqualTo("getParameter(email)=null");

        assertThat(text(post(id(), "/echo/login", FORM, "params", "email=next%40example.com")))
                .contains("getParameter(email)=next@example.com");
    }

    @Test
    void bytesInvalidInUtf8AreReplacedAlikeForTheLimiterAndTheApp() throws Exception {
        String id = id();
        byte[] body = {'e', 'm', 'a', 'i', 'l', '=', (byte) 0xFF, (byte) 0xFE, 'm', '%', '4', '0', 'x', '&', 'n', '=',
                'Z', 'o', (byte) 0xEB};
        String echoed = text(post(id, "/echo/login", FORM, "params", body));
        assertThat(echoed).contains("getParameter(email)=\uFFFD\uFFFDm@x", "n=[Zo\uFFFD]");
        assertThat(APP.filterSaw.get(id).inBody()).contains("\uFFFD\uFFFDm@x");
        assertThat(post(id(), "/echo/login", FORM, "stream", body).body()).isEqualTo(body);
    }

    @Test
    void anEmptyBodyIsCompleteAndNamesNoAccount() throws Exception {
        String id = id();
        assertThat(text(post(id, "/echo/login?q=1", FORM, "params", ""))).isEqualTo("q=[1]\ngetParameter(email)=null");
        Seen seen = APP.filterSaw.get(id);
        assertThat(seen.head()).isEmpty();
        assertThat(seen.complete()).isTrue();
        assertThat(seen.inBody()).isEmpty();
        assertThat(post(id(), "/echo/api", "application/json", "reader", "").body()).isEmpty();
    }

    @Test
    void anAsyncReaderGetsTheWholeBody() throws Exception {
        String body = "email=m%40example.com&bio=" + "z".repeat(3_000);
        assertThat(post(id(), "/echo/login", FORM, "async", body).body()).isEqualTo(bytes(body));
    }

    private static String id() {
        return UUID.randomUUID().toString();
    }

    private static byte[] bytes(String s) {
        return s.getBytes(StandardCharsets.UTF_8);
    }

    private static String text(HttpResponse<byte[]> response) {
        assertThat(response.statusCode()).isEqualTo(200);
        return new String(response.body(), StandardCharsets.UTF_8);
    }

    private static HttpResponse<byte[]> post(String id, String path, String contentType, String read, String body)
            throws IOException, InterruptedException {
        return post(id, path, contentType, read, bytes(body));
    }

    private static HttpResponse<byte[]> post(String id, String path, String contentType, String read, byte[] body)
            throws IOException, InterruptedException {
        HttpRequest request = HttpRequest.newBuilder(jetty.uri(path)).version(HttpClient.Version.HTTP_1_1)
                .timeout(Duration.ofSeconds(10)).header("X-Test", id).header("X-Read", read)
                .header("Content-Type", contentType).POST(HttpRequest.BodyPublishers.ofByteArray(body)).build();
        return Http.CLIENT.send(request, HttpResponse.BodyHandlers.ofByteArray());
    }

    /**
     * Sends bytes on a plain socket and returns whatever comes back before the server closes or 10 s pass.
     * With {@code halfClose} the client stops sending after the bytes, like a client that gave up mid-body.
     */
    private static String raw(byte[] request, boolean halfClose) throws IOException {
        URI uri = jetty.uri("/");
        try (Socket socket = new Socket(uri.getHost(), uri.getPort())) {
            socket.setSoTimeout(10_000);
            OutputStream out = socket.getOutputStream();
            out.write(request);
            out.flush();
            if (halfClose) {
                socket.shutdownOutput();
            }
            ByteArrayOutputStream response = new ByteArrayOutputStream();
            InputStream in = socket.getInputStream();
            try {
                in.transferTo(response);
            } catch (SocketTimeoutException | java.net.SocketException e) {
                // the server may reset a connection whose request it could not finish; what arrived is enough
            }
            return response.toString(StandardCharsets.ISO_8859_1);
        }
    }
}
