package dev.launchready.servlet;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.Metrics;
import io.micrometer.core.instrument.Timer;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import org.eclipse.jetty.util.thread.QueuedThreadPool;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/** The form limits on a real Jetty over real sockets, with the defaults' shape at small numbers. */
class FormLimitsIT {

    private static final String BROWSER = "text/html,application/xhtml+xml,*/*;q=0.8";

    private FormApp forms;

    private FormApp start(String... extra) throws Exception {
        Map<String, String> params = new HashMap<>(Map.of(
                "launchready.health.drain-period", "0s",
                "launchready.ratelimit.login.per-ip", "8/1m",
                "launchready.ratelimit.login.failures-per-account-and-ip", "3/15m",
                "launchready.ratelimit.login.failures-per-account", "5/1h",
                "launchready.ratelimit.login.failures-per-device", "3/15m",
                "launchready.ratelimit.password-reset.per-account", "3/1h",
                "launchready.ratelimit.body-limit", "1KB",
                // Most tests look at what is answered, not when: held-back 429s have their own test.
                "launchready.ratelimit.reject-delay", "0s"));
        for (int i = 0; i < extra.length; i += 2) {
            params.put(extra[i], extra[i + 1]);
        }
        forms = new FormApp(params);
        return forms;
    }

    @AfterEach
    void stop() {
        if (forms != null) {
            forms.close();
        }
    }

    @Test
    void failuresPerAccountAndAddressEndIn429AndTheAppNeverSeesTheRejectedOne() throws Exception {
        start();
        for (int i = 0; i < 3; i++) {
            assertThat(login("member@example.com", "wrong", null).statusCode()).isEqualTo(401);
        }
        HttpResponse<String> rejected = login("member@example.com", FormApp.PASSWORD, null);
        assertThat(rejected.statusCode()).isEqualTo(429);
        assertThat(rejected.headers().firstValue("Retry-After")).hasValueSatisfying(v ->
                assertThat(Long.parseLong(v)).isBetween(1L, 900L));
        assertThat(rejected.headers().firstValue("Cache-Control")).contains("no-store");
        assertThat(rejected.headers().firstValue("Content-Type")).get().asString().startsWith("text/html");
        assertThat(rejected.body()).contains("Too many attempts");
        assertThat(forms.loginsSeen.get()).isEqualTo(3);
    }

    @Test
    void a429IsHeldBackWithoutHoldingAThread() throws Exception {
        start("launchready.ratelimit.reject-delay", "5s", "launchready.ratelimit.login.per-ip", "1/1h");
        assertThat(login("first@example.com", "wrong", null).statusCode()).isEqualTo(401);
        double throttledBefore = throttledLogins();
        double[] timedBefore = timedLogin429s();
        List<CompletableFuture<HttpResponse<String>>> refused = new ArrayList<>();
        for (int i = 0; i < 100; i++) {
            HttpRequest request = HttpRequest.newBuilder(forms.app.uri("/login")).version(HttpClient.Version.HTTP_1_1)
                    .header("Content-Type", "application/x-www-form-urlencoded").timeout(Duration.ofSeconds(30))
                    .POST(HttpRequest.BodyPublishers.ofString(form("u" + i + "@example.com", "wrong"))).build();
            refused.add(Http.CLIENT.sendAsync(request, HttpResponse.BodyHandlers.ofString()));
        }
        QueuedThreadPool pool = (QueuedThreadPool) forms.app.server.getThreadPool();
        await().atMost(Duration.ofSeconds(4)).pollInterval(Duration.ofMillis(20))
                .until(() -> throttledLogins() - throttledBefore >= 100);
        assertThat(refused).as("held back, not answered yet").noneMatch(CompletableFuture::isDone);
        assertThat(pool.getBusyThreads()).as("100 held 429s, threads busy").isLessThan(30);

        for (CompletableFuture<HttpResponse<String>> r : refused) {
            HttpResponse<String> reply = r.get(30, TimeUnit.SECONDS);
            assertThat(reply.statusCode()).isEqualTo(429);
            assertThat(reply.headers().firstValue("Cache-Control")).contains("no-store");
            assertThat(reply.body()).contains("Too many attempts");
        }
        assertThat(forms.loginsSeen.get()).isEqualTo(1);
        // Request timing ends where the 429 was decided: the 5 s hold is not the app being slow.
        await().atMost(Duration.ofSeconds(5)).pollInterval(Duration.ofMillis(20))
                .until(() -> timedLogin429s()[0] - timedBefore[0] >= 100);
        double[] timed = timedLogin429s();
        assertThat((timed[1] - timedBefore[1]) / (timed[0] - timedBefore[0])).as("mean seconds of a held 429")
                .isLessThan(1.0);
    }

    /**
     * How many login 429s were timed, and their total seconds, over the registries in the global one (each app
     * adds its own Prometheus registry there, and they outlive the test: compare deltas).
     */
    private static double[] timedLogin429s() {
        double[] sum = new double[2];
        for (MeterRegistry registry : Metrics.globalRegistry.getRegistries()) {
            Timer timer = registry.find("http.server.requests").tag("uri", "/login").tag("status", "429").timer();
            if (timer != null) {
                sum[0] += timer.count();
                sum[1] += timer.totalTime(TimeUnit.SECONDS);
            }
        }
        return sum;
    }

    /** The limiter's own count (on the global registry, so shared by every test in this JVM: compare deltas). */
    private static double throttledLogins() {
        Counter throttled = Metrics.globalRegistry.find("launchready.ratelimit.decisions").tag("rule", "login")
                .tag("outcome", "throttled").counter();
        return throttled == null ? 0 : throttled.count();
    }

    @Test
    void theSameAccountInOtherSpellingsIsTheSameAccount() throws Exception {
        start();
        assertThat(login("Member@Example.com", "wrong", null).statusCode()).isEqualTo(401);
        assertThat(login("  member@example.com ", "wrong", null).statusCode()).isEqualTo(401);
        assertThat(login("ｍｅｍｂｅｒ＠ｅｘａｍｐｌｅ．ｃｏｍ", "wrong", null).statusCode()).isEqualTo(401);
        assertThat(jsonLogin("{\"email\":\"member\\u0040example.com\",\"password\":\"x\"}", "application/json")
                .statusCode()).isEqualTo(429);
    }

    @Test
    void jsonClientsGetProblemJson() throws Exception {
        start();
        for (int i = 0; i < 3; i++) {
            jsonLogin("{\"email\":\"a@example.com\",\"password\":\"x\"}", "application/json");
        }
        HttpResponse<String> r = jsonLogin("{\"email\":\"a@example.com\",\"password\":\"x\"}", "application/json");
        assertThat(r.statusCode()).isEqualTo(429);
        assertThat(r.headers().firstValue("Content-Type")).get().asString().startsWith("application/problem+json");
        assertThat(r.body()).contains("\"status\":429");
    }

    @Test
    void successClearsTheAccountAndAddressCounter() throws Exception {
        start();
        login("member@example.com", "wrong", null);
        login("member@example.com", "wrong", null);
        assertThat(login("member@example.com", FormApp.PASSWORD, null).statusCode()).isEqualTo(302);
        for (int i = 0; i < 3; i++) {
            assertThat(login("member@example.com", "wrong", null).statusCode()).as("failure " + i).isEqualTo(401);
        }
        assertThat(login("member@example.com", "wrong", null).statusCode()).isEqualTo(429);
    }

    @Test
    void everyAttemptCountsPerAddress() throws Exception {
        start();
        for (int i = 0; i < 8; i++) {
            assertThat(login("user" + i + "@example.com", "wrong", null).statusCode()).isEqualTo(401);
        }
        assertThat(login("someone@example.com", FormApp.PASSWORD, null).statusCode()).isEqualTo(429);
    }

    @Test
    void aSpoofedForwardedForFromAnUntrustedPeerDoesNotHelp() throws Exception {
        start("launchready.client.trusted-proxies", "none");
        for (int i = 0; i < 8; i++) {
            login("user" + i + "@example.com", "wrong", "203.0.113." + i);
        }
        assertThat(login("someone@example.com", "wrong", "198.51.100.1").statusCode()).isEqualTo(429);
    }

    @Test
    void behindATrustedProxyEachClientHasItsOwnLimitButOneIpv6Slash64IsOneClient() throws Exception {
        start(); // loopback is trusted by default, as nginx on the same host would be
        for (int i = 0; i < 8; i++) {
            login("user" + i + "@example.com", "wrong", "2001:db8:1:2::" + Integer.toHexString(i + 1));
        }
        assertThat(login("x@example.com", "wrong", "2001:db8:1:2:ffff::9").statusCode()).isEqualTo(429);
        assertThat(login("x@example.com", "wrong", "2001:db8:1:3::1").statusCode()).isEqualTo(401);
        assertThat(login("x@example.com", "wrong", "203.0.113.50").statusCode()).isEqualTo(401);
    }

    @Test
    void aKnownDeviceStillGetsInWhileABotnetExhaustsTheAccount() throws Exception {
        start();
        HttpResponse<String> ok = login("member@example.com", FormApp.PASSWORD, "198.51.100.10");
        assertThat(ok.statusCode()).isEqualTo(302);
        String device = ok.headers().allValues("Set-Cookie").stream().filter(c -> c.startsWith("lr_device="))
                .findFirst().orElseThrow();
        assertThat(device).contains("HttpOnly", "SameSite=Lax", "Max-Age=");
        String cookie = device.substring(0, device.indexOf(';'));
        for (int i = 0; i < 5; i++) { // the botnet: one failure each from five addresses
            assertThat(login("member@example.com", "guess" + i, "203.0.113." + (i + 1)).statusCode()).isEqualTo(401);
        }
        assertThat(login("member@example.com", "guess", "203.0.113.99").statusCode()).as("account exhausted").isEqualTo(429);
        assertThat(login("member@example.com", FormApp.PASSWORD, "198.51.100.77", "Cookie", cookie).statusCode())
                .as("the member on a known device").isEqualTo(302);
    }

    @Test
    void passwordResetsCountWhetherOrNotTheAccountExists() throws Exception {
        start();
        for (int i = 0; i < 3; i++) {
            assertThat(post("/password-reset", "email=nobody%40example.com", null).statusCode()).isEqualTo(200);
        }
        assertThat(post("/password-reset", "email=NOBODY%40example.com", null).statusCode()).isEqualTo(429);
        assertThat(forms.resetsSeen.get()).isEqualTo(3);
    }

    @Test
    void anOversizedBodyIsLimitedByAddressOnlyAndReachesTheAppWhole() throws Exception {
        start();
        String padding = "p".repeat(5_000);
        HttpResponse<String> r = post("/login", form("member@example.com", FormApp.PASSWORD) + "&padding=" + padding, null);
        assertThat(r.statusCode()).isEqualTo(302);
        assertThat(forms.lastBodyLength).isEqualTo(5_000);
    }

    @Test
    void badBodiesNeverMakeA500() throws Exception {
        start();
        List<HttpResponse<String>> answers = new ArrayList<>();
        answers.add(post("/login", "email=%ZZ&password=%", null));
        answers.add(post("/login", "email=a@example.com&email=b@example.com&password=x", null));
        answers.add(jsonLogin("{\"email\":", "application/json"));
        answers.add(jsonLogin("not json at all", "application/json"));
        answers.add(jsonLogin("email=a@example.com", "text/plain"));
        answers.add(postBytes("/login", new byte[] {'e', 'm', 'a', 'i', 'l', '=', (byte) 0xff, (byte) 0xfe, '&', 'x', '='},
                "application/x-www-form-urlencoded"));
        answers.add(postBytes("/login", new byte[0], null));
        assertThat(answers).allSatisfy(r -> assertThat(r.statusCode()).isLessThan(500));
    }

    @Test
    void duplicatedFieldsCountAgainstTheAccountTheAppSees() throws Exception {
        start();
        for (int i = 0; i < 3; i++) {
            post("/login", "email=member@example.com&email=decoy" + i + "@example.com&password=x", null);
        }
        assertThat(login("member@example.com", "x", null).statusCode()).isEqualTo(429);
    }

    @Test
    void anAccountNamedInTheQueryStringCountsAsTheAppReadsIt() throws Exception {
        start();
        for (int i = 0; i < 3; i++) {
            post("/login?email=member%40example.com", "email=decoy" + i + "%40example.com&password=x", null);
        }
        assertThat(login("member@example.com", "x", null).statusCode()).isEqualTo(429);
    }

    @Test
    void theAppsOwnRuleLimitsItsPathAndMethod() throws Exception {
        start("launchready.ratelimit.rules", "search: GET /search/** per-ip=2/1m");
        assertThat(Http.get(forms.app.uri("/search/members?q=a")).body()).isEqualTo("app");
        assertThat(Http.get(forms.app.uri("/search/members?q=b")).body()).isEqualTo("app");
        HttpResponse<String> third = Http.get(forms.app.uri("/search/posts"), "Accept", "application/json");
        assertThat(third.statusCode()).isEqualTo(429);
        assertThat(third.headers().firstValue("Content-Type")).get().asString().startsWith("application/problem+json");
        assertThat(Http.get(forms.app.uri("/searching")).body()).isEqualTo("app");
    }

    private HttpResponse<String> login(String email, String password, String forwardedFor, String... headers)
            throws Exception {
        List<String> h = new ArrayList<>(List.of(headers));
        if (forwardedFor != null) {
            h.add("X-Forwarded-For");
            h.add(forwardedFor);
        }
        return post("/login", form(email, password), null, h.toArray(String[]::new));
    }

    private HttpResponse<String> jsonLogin(String body, String contentType) throws Exception {
        return send(HttpRequest.newBuilder(forms.app.uri("/login")).header("Content-Type", contentType)
                .header("Accept", "application/json").POST(HttpRequest.BodyPublishers.ofString(body)));
    }

    private HttpResponse<String> post(String path, String body, String accept, String... headers) throws Exception {
        HttpRequest.Builder b = HttpRequest.newBuilder(forms.app.uri(path))
                .header("Content-Type", "application/x-www-form-urlencoded")
                .header("Accept", Optional.ofNullable(accept).orElse(BROWSER))
                .POST(HttpRequest.BodyPublishers.ofString(body));
        if (headers.length > 0) {
            b.headers(headers);
        }
        return send(b);
    }

    private HttpResponse<String> postBytes(String path, byte[] body, String contentType) throws Exception {
        HttpRequest.Builder b = HttpRequest.newBuilder(forms.app.uri(path)).POST(HttpRequest.BodyPublishers.ofByteArray(body));
        if (contentType != null) {
            b.header("Content-Type", contentType);
        }
        return send(b);
    }

    private static HttpResponse<String> send(HttpRequest.Builder b) throws Exception {
        return Http.CLIENT.send(b.timeout(Duration.ofSeconds(10)).build(), HttpResponse.BodyHandlers.ofString());
    }

    private static String form(String email, String password) {
        return "email=" + URLEncoder.encode(email, StandardCharsets.UTF_8) + "&password="
                + URLEncoder.encode(password, StandardCharsets.UTF_8);
    }
}
