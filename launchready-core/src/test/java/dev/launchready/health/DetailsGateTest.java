package dev.launchready.health;

import static dev.launchready.health.HealthTesting.body;
import static dev.launchready.health.HealthTesting.health;
import static dev.launchready.health.HealthTesting.registry;
import static org.assertj.core.api.Assertions.assertThat;

import dev.launchready.config.DetailsAccess;
import dev.launchready.health.HealthEndpoints.Endpoint;
import io.micrometer.core.instrument.simple.SimpleMeterRegistry;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.NullAndEmptySource;
import org.junit.jupiter.params.provider.ValueSource;
import tools.jackson.core.JsonParser;
import tools.jackson.core.JsonToken;
import tools.jackson.core.ObjectReadContext;
import tools.jackson.core.json.JsonFactory;

/** Who gets per-check details: direct loopback peers and bearer-token holders, as configured. */
class DetailsGateTest {

    private static final String TOKEN = "s3cr3t-Token_0123456789";
    private static final String PUBLIC = "203.0.113.7";

    private final MutableClock clock = new MutableClock();
    private final SimpleMeterRegistry meters = new SimpleMeterRegistry();
    private final List<HealthRegistry> registries = new ArrayList<>();

    @AfterEach
    void closeRegistries() {
        registries.forEach(HealthRegistry::close);
    }

    // --- loopback -------------------------------------------------------------------------------------

    @ParameterizedTest
    @ValueSource(strings = {"127.0.0.1", "::1", "0:0:0:0:0:0:0:1", "[::1]", "127.0.0.53", "::ffff:127.0.0.1"})
    void aDirectLoopbackPeerGetsDetails(String peer) {
        HealthEndpoints endpoints = endpoints();
        HealthAnswer a = endpoints.answer(Endpoint.HEALTHZ, probe(peer, false, null));
        assertThat(a.contentType()).isEqualTo("application/health+json");
        assertThat(body(a)).contains("\"checks\"");
    }

    @ParameterizedTest
    @ValueSource(strings = {"127.0.0.1", "::1", "0:0:0:0:0:0:0:1"})
    void aForwardedRequestFromLoopbackGetsTheStatusOnly(String peer) {
        HealthAnswer a = endpoints().answer(Endpoint.HEALTHZ, probe(peer, true, null));
        assertThat(body(a)).isEqualTo("{\"status\":\"warn\"}");
    }

    @ParameterizedTest
    @NullAndEmptySource
    @ValueSource(strings = {PUBLIC, "10.0.0.1", "192.168.1.10", "::2", "fe80::1", "::ffff:10.0.0.1", "localhost",
        "127.0.0.1.evil.example", "128.0.0.1", "0.0.0.0", "::"})
    void aPublicOrOddPeerGetsTheStatusOnly(String peer) {
        HealthAnswer a = endpoints().answer(Endpoint.HEALTHZ, probe(peer, false, null));
        assertThat(body(a)).isEqualTo("{\"status\":\"warn\"}");
        assertThat(DetailsGate.isLoopback(peer)).isFalse();
    }

    // --- bearer token ---------------------------------------------------------------------------------

    @ParameterizedTest
    @ValueSource(strings = {"Bearer " + TOKEN, "bearer " + TOKEN, "BEARER " + TOKEN, "Bearer  " + TOKEN + " "})
    void theRightBearerTokenUnlocksDetailsFromAnywhere(String authorization) {
        HealthEndpoints endpoints = endpoints("token", TOKEN);
        assertThat(body(endpoints.answer(Endpoint.HEALTHZ, probe(PUBLIC, false, authorization)))).contains("\"checks\"");
        // Forwarding headers do not matter to a token: it is proof in itself.
        assertThat(body(endpoints.answer(Endpoint.HEALTHZ, probe(PUBLIC, true, authorization)))).contains("\"checks\"");
    }

    @ParameterizedTest
    @NullAndEmptySource
    @ValueSource(strings = {"Bearer wrong", "Bearer ", "Bearer", "Bearer  ", "Basic " + TOKEN, "Basic dXNlcjpwYXNz",
        TOKEN, "Bearer " + TOKEN + "x", "Bearer " + "s3cr3t", "Bearer" + TOKEN, "Token " + TOKEN})
    void anythingElseDoesNot(String authorization) {
        HealthEndpoints endpoints = endpoints("token", TOKEN);
        assertThat(body(endpoints.answer(Endpoint.HEALTHZ, probe(PUBLIC, false, authorization))))
                .isEqualTo("{\"status\":\"warn\"}");
    }

    @Test
    void withoutAConfiguredTokenNoBearerHeaderUnlocksAnything() {
        HealthEndpoints endpoints = endpoints();
        for (String authorization : new String[] {"Bearer ", "Bearer  ", "Bearer x", "Bearer null"}) {
            assertThat(body(endpoints.answer(Endpoint.HEALTHZ, probe(PUBLIC, false, authorization))))
                    .as(authorization).isEqualTo("{\"status\":\"warn\"}");
        }
    }

    @Test
    void detailsNeverMeansNeverEvenWithTheTokenFromLoopback() {
        HealthEndpoints endpoints = endpoints("details", "never", "token", TOKEN);
        for (String peer : new String[] {"127.0.0.1", "::1", PUBLIC}) {
            HealthAnswer a = endpoints.answer(Endpoint.HEALTHZ, probe(peer, false, "Bearer " + TOKEN));
            assertThat(body(a)).as(peer).isEqualTo("{\"status\":\"warn\"}");
            HealthAnswer verbose = endpoints.answer(Endpoint.READYZ,
                    new HealthProbe("GET", true, peer, false, "Bearer " + TOKEN));
            assertThat(verbose.contentType()).isEqualTo("application/health+json");
        }
    }

    @Test
    void detailsTokenMeansLoopbackAloneIsNotEnough() {
        HealthEndpoints endpoints = endpoints("details", "token", "token", TOKEN);
        assertThat(body(endpoints.answer(Endpoint.HEALTHZ, probe("127.0.0.1", false, null))))
                .isEqualTo("{\"status\":\"warn\"}");
        assertThat(body(endpoints.answer(Endpoint.HEALTHZ, probe("::1", false, "Bearer nope"))))
                .isEqualTo("{\"status\":\"warn\"}");
        assertThat(body(endpoints.answer(Endpoint.HEALTHZ, probe("127.0.0.1", false, "Bearer " + TOKEN))))
                .contains("\"checks\"");
        assertThat(body(endpoints.answer(Endpoint.HEALTHZ, probe(PUBLIC, false, "Bearer " + TOKEN))))
                .contains("\"checks\"");
    }

    @Test
    void theGateOnItsOwn() {
        DetailsGate never = new DetailsGate(DetailsAccess.NEVER, Optional.of(TOKEN));
        DetailsGate tokenOnly = new DetailsGate(DetailsAccess.TOKEN, Optional.of(TOKEN));
        DetailsGate either = new DetailsGate(DetailsAccess.LOOPBACK_OR_TOKEN, Optional.empty());
        HealthProbe loopback = probe("127.0.0.1", false, null);
        HealthProbe withToken = probe(PUBLIC, false, "Bearer " + TOKEN);

        assertThat(never.allows(loopback)).isFalse();
        assertThat(never.allows(withToken)).isFalse();
        assertThat(tokenOnly.allows(loopback)).isFalse();
        assertThat(tokenOnly.allows(withToken)).isTrue();
        assertThat(either.allows(loopback)).isTrue();
        assertThat(either.allows(withToken)).isFalse();
        assertThat(either.allows(probe("127.0.0.1", true, null))).isFalse();
    }

    // --- what the details look like -------------------------------------------------------------------

    @Test
    void detailsAreHealthJson() {
        HealthEndpoints endpoints = endpoints();
        HealthAnswer a = endpoints.answer(Endpoint.HEALTHZ, probe("127.0.0.1", false, null));
        assertThat(a.status()).isEqualTo(200);
        assertThat(a.contentType()).isEqualTo("application/health+json");

        Map<String, Object> json = asMap(parse(body(a)));
        assertThat(json).containsEntry("status", "warn").containsEntry("phase", "starting");
        Map<String, Object> checks = asMap(json.get("checks"));
        assertThat(checks).containsOnlyKeys("db", "search", "pool");

        Map<String, Object> db = only(checks.get("db"));
        assertThat(db).containsEntry("status", "pass").containsEntry("critical", true)
                .containsEntry("observedUnit", "ms").containsKeys("observedValue", "time").doesNotContainKey("output");
        assertThat(db.get("observedValue")).isInstanceOf(Number.class);
        assertThat((String) db.get("time")).isEqualTo(clock.instant().toString());

        Map<String, Object> search = only(checks.get("search"));
        assertThat(search).containsEntry("status", "fail").containsEntry("critical", false)
                .containsEntry("output", "connection \"refused\"\\ by peer");

        assertThat(only(checks.get("pool"))).containsEntry("status", "warn").containsEntry("output", "busy");
    }

    @Test
    void readyzDetailsCarryTheFailStatusWhileStarting() {
        HealthEndpoints endpoints = endpoints();
        HealthAnswer a = endpoints.answer(Endpoint.READYZ, probe("::1", false, null));
        assertThat(a.status()).isEqualTo(503);
        Map<String, Object> json = asMap(parse(body(a)));
        assertThat(json).containsEntry("status", "fail").containsEntry("phase", "starting");
    }

    @Test
    void verboseGivesTheTextViewToThoseAllowedDetails() {
        HealthEndpoints endpoints = endpoints();
        registries.get(0).markReady();
        HealthAnswer a = endpoints.answer(Endpoint.HEALTHZ, new HealthProbe("GET", true, "127.0.0.1", false, null));
        assertThat(a.status()).isEqualTo(200);
        assertThat(a.contentType()).startsWith("text/plain");
        String text = body(a);
        assertThat(text.split("\n")).containsExactly(
                "[+]db ok (0 ms)",
                "[-]search fail: connection \"refused\"\\ by peer (0 ms, not critical)",
                "[!]pool warn: busy (0 ms)",
                "healthz check passed");
    }

    @Test
    void verboseTextShowsThePhaseWhenNotReady() {
        HealthEndpoints endpoints = endpoints();
        HealthAnswer a = endpoints.answer(Endpoint.READYZ, new HealthProbe("HEAD", true, "127.0.0.1", false, null));
        assertThat(a.status()).isEqualTo(503);
        String[] lines = body(a).split("\n");
        assertThat(lines[0]).isEqualTo("[-]phase starting");
        assertThat(lines).allSatisfy(l -> assertThat(l).matches("(\\[[+!-]\\].*)|(readyz check failed)"));
        assertThat(lines[lines.length - 1]).isEqualTo("readyz check failed");
    }

    @Test
    void verboseWithoutDetailsIsTheStatusOnly() {
        HealthEndpoints endpoints = endpoints();
        HealthAnswer a = endpoints.answer(Endpoint.HEALTHZ, new HealthProbe("GET", true, PUBLIC, false, null));
        assertThat(a.contentType()).isEqualTo("application/health+json");
        assertThat(body(a)).isEqualTo("{\"status\":\"warn\"}");
        HealthAnswer live = endpoints.answer(Endpoint.LIVEZ, new HealthProbe("GET", true, PUBLIC, false, null));
        assertThat(body(live)).isEqualTo("{\"status\":\"pass\"}");
    }

    @Test
    void livezVerboseForLoopbackIsText() {
        HealthAnswer a = endpoints().answer(Endpoint.LIVEZ, new HealthProbe("GET", true, "127.0.0.1", false, null));
        assertThat(a.status()).isEqualTo(200);
        assertThat(a.contentType()).startsWith("text/plain");
        assertThat(body(a)).isEqualTo("livez check passed\n");
    }

    // --- helpers --------------------------------------------------------------------------------------

    private HealthEndpoints endpoints(String... settings) {
        HealthRegistry registry = registry(health(settings), clock, meters,
                HealthCheck.of("db", true, CheckResult::pass),
                HealthCheck.of("search", false, () -> CheckResult.fail("connection \"refused\"\\ by peer")),
                HealthCheck.of("pool", true, () -> CheckResult.warn("busy"))).build();
        registries.add(registry);
        return HealthEndpoints.of(registry);
    }

    private static HealthProbe probe(String peer, boolean forwarded, String authorization) {
        return new HealthProbe("GET", false, peer, forwarded, authorization);
    }

    /** Parses JSON text into maps, lists, strings, numbers, booleans and nulls; fails on malformed input. */
    static Object parse(String json) {
        try (JsonParser p = new JsonFactory().createParser(ObjectReadContext.empty(), json)) {
            p.nextToken();
            Object value = read(p);
            assertThat(p.nextToken()).as("trailing content").isNull();
            return value;
        }
    }

    private static Object read(JsonParser p) {
        JsonToken t = p.currentToken();
        switch (t) {
            case START_OBJECT: {
                Map<String, Object> map = new LinkedHashMap<>();
                while (p.nextToken() == JsonToken.PROPERTY_NAME) {
                    String name = p.currentName();
                    p.nextToken();
                    assertThat(map.put(name, read(p))).as("duplicate property " + name).isNull();
                }
                return map;
            }
            case START_ARRAY: {
                List<Object> list = new ArrayList<>();
                while (p.nextToken() != JsonToken.END_ARRAY) {
                    list.add(read(p));
                }
                return list;
            }
            case VALUE_STRING:
                return p.getString();
            case VALUE_NUMBER_INT:
            case VALUE_NUMBER_FLOAT:
                return p.getNumberValue();
            case VALUE_TRUE:
                return true;
            case VALUE_FALSE:
                return false;
            case VALUE_NULL:
                return null;
            default:
                throw new AssertionError("unexpected token " + t);
        }
    }

    @SuppressWarnings("unchecked")
    static Map<String, Object> asMap(Object value) {
        assertThat(value).isInstanceOf(Map.class);
        return (Map<String, Object>) value;
    }

    /** A health+json check entry: an array holding one object. */
    static Map<String, Object> only(Object value) {
        assertThat(value).isInstanceOf(List.class);
        List<?> list = (List<?>) value;
        assertThat(list).hasSize(1);
        return asMap(list.get(0));
    }
}
