package dev.launchready.benchmarks.peerstack;

import static org.assertj.core.api.Assertions.assertThat;

import dev.launchready.examples.common.journey.LaunchedJar;
import dev.launchready.examples.common.journey.MembershipJourney;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.CookieManager;
import java.net.CookiePolicy;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * The packaged peer-stack jar, started with {@code java -jar} as users run it, proves each hand-assembled part is
 * really active (Actuator probes and histograms, bucket4j's form limits keyed on the forwarded client address,
 * Spring Security's extra headers, logstash-logback-encoder's masked JSON lines) and that no LaunchReady is.
 * Every test uses its own client addresses, so the limits of one do not touch another.
 */
class PeerStackIT {

    private static final String DB_PASSWORD = "s3cret-db-pass";
    private static final Map<String, String> ENV = Map.of("PORT", "0",
            "DATABASE_URL", "postgres://members:" + DB_PASSWORD + "@db.internal:5432/members",
            "STRIPE_WEBHOOK_SECRET", "whsec_peer_stack_test");
    private static final Pattern CSRF = Pattern.compile("name=\"_csrf\" value=\"([^\"]*)\"");
    private static final Duration TIMEOUT = Duration.ofSeconds(20);
    private static final JsonMapper JSON = JsonMapper.builder().build();

    private static LaunchedJar app;
    private static HttpClient http;

    @BeforeAll
    static void start() throws Exception {
        app = LaunchedJar.start(Path.of("target", "peer-stack.jar"), ENV, Duration.ofSeconds(120));
        http = client(null);
    }

    @AfterAll
    static void stop() {
        if (app != null) {
            app.close();
        }
    }

    @Test
    void actuatorProbesAnswerOnTheMainPort() {
        for (String path : List.of("/livez", "/readyz", "/actuator/health")) {
            HttpResponse<String> reply = send(get(path));
            assertThat(reply.statusCode()).as(path).isEqualTo(200);
            assertThat(reply.body()).as(path + " is Actuator's answer").contains("\"status\":\"UP\"");
        }
    }

    @Test
    void prometheusHasTheRequestLatencyHistogram() {
        assertThat(send(get("/pricing")).statusCode()).isEqualTo(200);
        HttpResponse<String> scrape = send(get("/actuator/prometheus"));
        assertThat(scrape.statusCode()).isEqualTo(200);
        assertThat(scrape.body().lines().filter(line -> line.startsWith("http_server_requests_seconds_bucket{")
                && line.contains("uri=\"/pricing\"")).count())
                .as("percentiles-histogram buckets for the page just served").isGreaterThan(10);
    }

    @Test
    void the31stLoginFromOneAddressIsRefusedWhileAnotherAddressGetsThrough() {
        long started = System.nanoTime();
        List<Integer> first30 = new ArrayList<>();
        // A wrong password costs a PBKDF2 hash (about 0.5 s on a busy 2-core machine); a body the app cannot read
        // costs nothing and counts the same at the limiter, which runs before the app and Spring Security.
        for (int i = 0; i < 30; i++) {
            first30.add(send(i < 5 ? wrongLogin("198.51.100.31") : unreadableLogin("198.51.100.31")).statusCode());
        }
        int thirtyFirst = send(wrongLogin("198.51.100.31")).statusCode();
        long tookSeconds = Duration.ofNanos(System.nanoTime() - started).toSeconds();

        assertThat(first30.subList(0, 5)).as("wrong passwords reach Spring Security").containsOnly(401);
        assertThat(first30.subList(5, 30)).as("unreadable bodies reach the app").containsOnly(400);
        // 30 per 5 minutes refills greedily, one attempt per 10 s as LaunchReady's GCRA limiter does.
        assertThat(tookSeconds).as("the 31 attempts took (s); one more would be earned at 10").isLessThan(10);
        assertThat(thirtyFirst).as("the 31st from 198.51.100.31").isEqualTo(429);
        assertThat(send(wrongLogin("198.51.100.32")).statusCode()).as("another address").isEqualTo(401);
    }

    @Test
    void the11thPasswordResetFromOneAddressIsRefusedWhileAnotherAddressGetsThrough() {
        for (int i = 1; i <= 10; i++) {
            assertThat(requestReset("198.51.100.11")).as("reset request " + i).isEqualTo(200);
        }
        assertThat(requestReset("198.51.100.11")).as("the 11th from 198.51.100.11").isEqualTo(429);
        assertThat(requestReset("198.51.100.12")).as("another address").isEqualTo(200);
    }

    @Test
    void pagesCarryTheAddedSecurityHeadersOnHttps() {
        HttpResponse<String> page = send(get("/pricing", "X-Forwarded-Proto", "https"));
        assertThat(page.statusCode()).isEqualTo(200);
        assertThat(page.headers().firstValue("Strict-Transport-Security"))
                .hasValue("max-age=31536000 ; includeSubDomains");
        assertThat(page.headers().firstValue("Content-Security-Policy")).hasValue("frame-ancestors 'self'");
        assertThat(page.headers().firstValue("Referrer-Policy")).hasValue("strict-origin-when-cross-origin");
        assertThat(page.headers().firstValue("X-Content-Type-Options")).as("a default kept").hasValue("nosniff");
        assertThat(send(get("/pricing")).headers().firstValue("Strict-Transport-Security"))
                .as("HSTS only over https, which X-Forwarded-Proto told").isEmpty();
    }

    @Test
    void logsAreJsonLinesWithTheSecretsMasked() throws Exception {
        String body = "{\"email\":\"" + MembershipJourney.DEMO_EMAIL + "\",\"password\":\""
                + MembershipJourney.DEMO_PASSWORD + "\"}";
        send(HttpRequest.newBuilder(app.uri().resolve("/login")).timeout(TIMEOUT)
                .header("Content-Type", "application/json").header("X-Forwarded-For", "198.51.100.40")
                .POST(HttpRequest.BodyPublishers.ofString(body)));
        String output = app.awaitOutput("login request body", TIMEOUT);

        List<JsonNode> lines = output.lines().filter(line -> !line.isBlank()).map(PeerStackIT::parse).toList();
        assertThat(lines).as("every line of stdout is a JSON event").allSatisfy(line -> {
            assertThat(line.has("@timestamp")).isTrue();
            assertThat(line.has("message")).isTrue();
        });
        assertThat(lines).filteredOn(line -> line.path("message").asString().startsWith("login request body"))
                .singleElement().satisfies(line -> assertThat(line.path("message").asString())
                        .isEqualTo("login request body {\"email\":\"****\",****}"));
        assertThat(lines).filteredOn(line -> line.path("message").asString().startsWith("member database unreachable"))
                .singleElement().satisfies(line -> assertThat(line.path("stack_trace").asString())
                        .startsWith("java.sql.SQLException: Connection to jdbc:postgresql://db.internal:5432/members"
                                + "?user=members&**** refused"));
        assertThat(output).as("no secret survives")
                .doesNotContain(MembershipJourney.DEMO_PASSWORD)
                .doesNotContain(MembershipJourney.DEMO_EMAIL)
                .doesNotContain(DB_PASSWORD);
    }

    @Test
    void noLaunchReadyIsActive() {
        HttpResponse<String> page = send(get("/"));
        assertThat(page.statusCode()).isEqualTo(200);
        assertThat(page.headers().firstValue("X-Request-Id")).as("LaunchReady's request id").isEmpty();
        assertThat(send(get("/healthz")).statusCode()).as("LaunchReady's /healthz").isEqualTo(404);
        assertThat(send(get("/metrics")).statusCode()).as("LaunchReady's /metrics").isEqualTo(404);
        assertThat(send(get("/livez")).headers().firstValue("Content-Type")).as("/livez is Actuator's, not LaunchReady's")
                .hasValueSatisfying(type -> assertThat(type).doesNotContain("health+json"));
        List<String> loggers = app.lines().stream().filter(line -> line.startsWith("{"))
                .map(line -> parse(line).path("logger_name").asString()).toList();
        assertThat(loggers).as("loggers of the app's own code, never LaunchReady's")
                .filteredOn(name -> name.startsWith("dev.launchready."))
                .isNotEmpty()
                .allSatisfy(name -> assertThat(name).startsWith("dev.launchready.examples."));
        assertThat(app.output()).as("LaunchReady's redaction marks").doesNotContain("[REDACTED");
    }

    private static int requestReset(String clientAddress) {
        HttpClient visitor = client(new CookieManager(null, CookiePolicy.ACCEPT_ALL));
        HttpResponse<String> form = send(visitor, get("/password-reset"));
        Matcher token = CSRF.matcher(form.body());
        assertThat(token.find()).as("the reset form's anti-CSRF token").isTrue();
        String fields = "email=" + URLEncoder.encode(MembershipJourney.DEMO_EMAIL, StandardCharsets.UTF_8)
                + "&_csrf=" + URLEncoder.encode(unescape(token.group(1)), StandardCharsets.UTF_8);
        return send(visitor, HttpRequest.newBuilder(app.uri().resolve("/password-reset")).timeout(TIMEOUT)
                .header("Content-Type", "application/x-www-form-urlencoded").header("X-Forwarded-For", clientAddress)
                .POST(HttpRequest.BodyPublishers.ofString(fields))).statusCode();
    }

    private static String unescape(String attribute) {
        return attribute.replace("&quot;", "\"").replace("&#39;", "'").replace("&lt;", "<").replace("&gt;", ">")
                .replace("&amp;", "&");
    }

    private static HttpRequest wrongLogin(String clientAddress) {
        return login(clientAddress, "{\"email\":\"member@example.com\",\"password\":\"wrong\"}");
    }

    private static HttpRequest unreadableLogin(String clientAddress) {
        return login(clientAddress, "not json");
    }

    private static HttpRequest login(String clientAddress, String body) {
        return HttpRequest.newBuilder(app.uri().resolve("/login")).timeout(TIMEOUT)
                .header("Content-Type", "application/json").header("X-Forwarded-For", clientAddress)
                .POST(HttpRequest.BodyPublishers.ofString(body)).build();
    }

    private static HttpRequest.Builder get(String path, String... headers) {
        HttpRequest.Builder request = HttpRequest.newBuilder(app.uri().resolve(path)).timeout(TIMEOUT).GET();
        return headers.length == 0 ? request : request.headers(headers);
    }

    private static HttpResponse<String> send(HttpRequest.Builder request) {
        return send(http, request);
    }

    private static HttpResponse<String> send(HttpRequest request) {
        try {
            return http.send(request, HttpResponse.BodyHandlers.ofString());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    private static HttpResponse<String> send(HttpClient client, HttpRequest.Builder request) {
        try {
            return client.send(request.build(), HttpResponse.BodyHandlers.ofString());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    private static HttpClient client(CookieManager cookies) {
        HttpClient.Builder builder = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1)
                .followRedirects(HttpClient.Redirect.NEVER).connectTimeout(TIMEOUT);
        return (cookies == null ? builder : builder.cookieHandler(cookies)).build();
    }

    private static JsonNode parse(String line) {
        JsonNode node = JSON.readTree(line);
        assertThat(node.isObject()).as("a JSON object: %s", line).isTrue();
        return node;
    }
}
