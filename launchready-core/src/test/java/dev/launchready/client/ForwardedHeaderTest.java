package dev.launchready.client;

import static dev.launchready.client.Requests.headers;
import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** RFC 7239 {@code Forwarded}, and how it combines with {@code X-Forwarded-For}. */
class ForwardedHeaderTest {

    private static final String VISITOR = "198.51.100.7";
    private final ClientAddresses resolver = Requests.resolver();

    private ClientAddress fromNginx(String... headers) {
        return resolver.resolve("127.0.0.1", headers(headers));
    }

    @Test
    void readsTheRfcExamples() {
        assertThat(fromNginx("Forwarded", "for=\"_gazonk\"").ip()).isEqualTo("127.0.0.1");
        assertThat(fromNginx("Forwarded", "For=\"[2001:db8:cafe::17]:4711\"").ip()).isEqualTo("2001:db8:cafe::17");
        ClientAddress a = fromNginx("Forwarded", "for=192.0.2.60;proto=http;by=203.0.113.43");
        assertThat(a.ip()).isEqualTo("192.0.2.60");
        assertThat(a.scheme()).contains("http");
        assertThat(fromNginx("Forwarded", "for=192.0.2.43, for=198.51.100.17").ip()).isEqualTo("198.51.100.17");
    }

    @Test
    void quotedIpv6WithPortAndQuotedIpv4WithPort() {
        assertThat(fromNginx("Forwarded", "for=\"[2001:db8::1]:4711\"").ip()).isEqualTo("2001:db8::1");
        assertThat(fromNginx("Forwarded", "for=\"[2001:db8::1]\"").ip()).isEqualTo("2001:db8::1");
        assertThat(fromNginx("Forwarded", "for=\"" + VISITOR + ":47011\"").ip()).isEqualTo(VISITOR);
    }

    @Test
    void parameterNamesAndProtoValuesIgnoreCase() {
        ClientAddress a = fromNginx("Forwarded", "FOR=" + VISITOR + ";Proto=HTTPS;BY=_edge");
        assertThat(a.ip()).isEqualTo(VISITOR);
        assertThat(a.scheme()).contains("https");
    }

    @Test
    void aSpoofedElementLeftOfTheProxysOwnIsIgnored() {
        assertThat(fromNginx("Forwarded", "for=6.6.6.6;proto=https, for=" + VISITOR + ";proto=http").ip())
                .isEqualTo(VISITOR);
        assertThat(fromNginx("Forwarded", "for=6.6.6.6;proto=https, for=" + VISITOR + ";proto=http").scheme())
                .contains("http");
    }

    @Test
    void severalHeaderLinesAreOneListInOrder() {
        assertThat(fromNginx("Forwarded", "for=6.6.6.6", "Forwarded", "for=" + VISITOR).ip()).isEqualTo(VISITOR);
        assertThat(fromNginx("Forwarded", "for=" + VISITOR, "forwarded", "for=10.0.0.2").ip()).isEqualTo(VISITOR);
    }

    @Test
    void unknownAndObfuscatedHopsEndTheWalkAtTheLastTrustedHop() {
        assertThat(fromNginx("Forwarded", "for=unknown").ip()).isEqualTo("127.0.0.1");
        assertThat(fromNginx("Forwarded", "for=_hidden").ip()).isEqualTo("127.0.0.1");
        assertThat(fromNginx("Forwarded", "for=6.6.6.6, for=unknown, for=10.0.0.5").ip()).isEqualTo("10.0.0.5");
        assertThat(fromNginx("Forwarded", "for=6.6.6.6, for=\"_hidden\", for=10.0.0.5").ip()).isEqualTo("10.0.0.5");
    }

    @Test
    void theSchemeIsTheProtoOfTheElementTheWalkEndedOn() {
        // The visitor reached the edge over HTTPS; the edge spoke HTTP to the inner proxy.
        ClientAddress a = fromNginx("Forwarded", "for=" + VISITOR + ";proto=https, for=10.0.0.5;proto=http");
        assertThat(a.ip()).isEqualTo(VISITOR);
        assertThat(a.scheme()).contains("https");
        // A hidden visitor: its element still tells how it connected.
        ClientAddress hidden = fromNginx("Forwarded", "for=_abc;proto=https, for=10.0.0.5;proto=http");
        assertThat(hidden.ip()).isEqualTo("10.0.0.5");
        assertThat(hidden.scheme()).contains("https");
        // All hops trusted: the left-most one.
        ClientAddress internal = fromNginx("Forwarded", "for=10.0.0.9;proto=https, for=10.0.0.5;proto=http");
        assertThat(internal.ip()).isEqualTo("10.0.0.9");
        assertThat(internal.scheme()).contains("https");
    }

    @Test
    void forwardedProtoBeatsXForwardedProtoWhichFillsInWhenItIsMissing() {
        assertThat(fromNginx("Forwarded", "for=" + VISITOR + ";proto=https", "X-Forwarded-Proto", "http").scheme())
                .contains("https");
        assertThat(fromNginx("Forwarded", "for=" + VISITOR, "X-Forwarded-Proto", "https").scheme()).contains("https");
        assertThat(fromNginx("Forwarded", "for=" + VISITOR + ";proto=gopher", "X-Forwarded-Proto", "https").scheme())
                .contains("https");
    }

    @Test
    void anElementThatDoesNotParseEndsTheWalkAndSaysNoScheme() {
        ClientAddress a = fromNginx("Forwarded", "for=6.6.6.6;proto=https;;junk, for=10.0.0.5;proto=http");
        assertThat(a.ip()).isEqualTo("10.0.0.5");
        assertThat(a.scheme()).isEmpty();
    }

    @ParameterizedTest
    @ValueSource(strings = {
            "for=6.6.6.6;for=7.7.7.7",
            "for=6.6.6.6;proto=https;proto=http",
            "for=\"6.6.6.6",
            "for=6.6.6.6\"",
            "for=6.6.6.6 junk",
            "for",
            "for=",
            "=6.6.6.6",
            "for=\"6.6.6.6\\\"\"",
            "for=6.6.6.6;;proto",
            "for=[::1",
            "for=\"[fe80::1%eth0]\"",
            "for=evil.example",
            "for=\"6.6.6.6:99999\"",
            "for=6.6.6.6;pro to=https",
            "by=6.6.6.6"})
    void malformedElementsNeverWin(String element) {
        assertThat(fromNginx("Forwarded", element).ip()).isEqualTo("127.0.0.1");
        assertThat(fromNginx("Forwarded", element + ", for=10.0.0.5").ip()).isEqualTo("10.0.0.5");
        assertThat(fromNginx("Forwarded", "for=6.6.6.6, " + element + ", for=10.0.0.5").ip()).isEqualTo("10.0.0.5");
    }

    @Test
    void emptyPairsAndElementsAreIgnored() {
        assertThat(fromNginx("Forwarded", "for=" + VISITOR + ";").ip()).isEqualTo(VISITOR);
        assertThat(fromNginx("Forwarded", ";for=" + VISITOR + " ; proto=https").scheme()).contains("https");
        assertThat(fromNginx("Forwarded", "for=" + VISITOR + ", , for=10.0.0.5,").ip()).isEqualTo(VISITOR);
    }

    @Test
    void commasInsideQuotedValuesDoNotSplitElements() {
        assertThat(fromNginx("Forwarded", "for=6.6.6.6, for=" + VISITOR + ";host=\"a,b,for=7.7.7.7\"").ip())
                .isEqualTo(VISITOR);
    }

    @Test
    void aClientsUnbalancedQuoteCannotSwallowTheProxysElement() {
        assertThat(fromNginx("Forwarded", "for=\"6.6.6.6, for=" + VISITOR).ip()).isEqualTo(VISITOR);
    }

    // --- together with X-Forwarded-For --------------------------------------------------------------------

    @Test
    void whenBothAgreeForwardedGivesTheScheme() {
        ClientAddress a = fromNginx("Forwarded", "for=" + VISITOR + ";proto=https",
                "X-Forwarded-For", VISITOR, "X-Forwarded-Proto", "http");
        assertThat(a.ip()).isEqualTo(VISITOR);
        assertThat(a.scheme()).contains("https");
    }

    @Test
    void aForwardedHeaderPassedThroughFromTheClientCannotOverrideTheProxysForwardedFor() {
        // nginx, Caddy and ALB set X-Forwarded-For and pass a client's Forwarded header on untouched.
        ClientAddress a = fromNginx("Forwarded", "for=6.6.6.6;proto=https", "X-Forwarded-For", VISITOR);
        assertThat(a.ip()).isEqualTo("127.0.0.1");
        assertThat(a.viaTrustedProxy()).isTrue();
        assertThat(a.scheme()).isEmpty();
        // Guessing an inner proxy's address does not help either.
        ClientAddress b = resolver.resolve("10.0.0.2", headers("Forwarded", "for=6.6.6.6, for=10.0.0.3",
                "X-Forwarded-For", VISITOR + ", 10.0.0.3"));
        assertThat(b.ip()).isEqualTo("10.0.0.2");
    }

    @Test
    void aForwardedHeaderWithoutForLeavesTheAddressToXForwardedFor() {
        ClientAddress a = fromNginx("Forwarded", "proto=https", "X-Forwarded-For", "6.6.6.6, " + VISITOR);
        assertThat(a.ip()).isEqualTo(VISITOR);
        assertThat(a.scheme()).contains("https");
    }

    @Test
    void aForwardedHeaderAloneWithoutForMeansThePeer() {
        ClientAddress a = fromNginx("Forwarded", "proto=https;by=10.0.0.1");
        assertThat(a.ip()).isEqualTo("127.0.0.1");
        assertThat(a.scheme()).contains("https");
    }
}
