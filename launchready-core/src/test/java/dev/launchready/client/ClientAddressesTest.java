package dev.launchready.client;

import static dev.launchready.client.Requests.headers;
import static dev.launchready.client.Requests.none;
import static dev.launchready.client.Requests.trusting;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.launchready.config.ClientSettings;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.NullSource;
import org.junit.jupiter.params.provider.ValueSource;

/** X-Forwarded-For and X-Forwarded-Proto: believed only from trusted peers, walked right to left. */
class ClientAddressesTest {

    private static final String VISITOR = "198.51.100.23";

    /** Core's default: {@code private}. */
    private final ClientAddresses defaults = Requests.resolver();

    @Test
    void aPublicPeerIsTheClientAndItsForwardedForIsIgnored() {
        ClientAddress a = defaults.resolve("203.0.113.50", headers("X-Forwarded-For", "6.6.6.6"));
        assertThat(a.ip()).isEqualTo("203.0.113.50");
        assertThat(a.limitKey()).isEqualTo("203.0.113.50/32");
        assertThat(a.viaTrustedProxy()).isFalse();
        assertThat(a.forwardedHeadersFromUntrustedPeer()).isTrue();
        assertThat(a.scheme()).isEmpty();
    }

    @Test
    void aPublicPeerWithoutForwardingHeadersIsNotFlagged() {
        ClientAddress a = defaults.resolve("203.0.113.50", headers("User-Agent", "curl"));
        assertThat(a.ip()).isEqualTo("203.0.113.50");
        assertThat(a.forwardedHeadersFromUntrustedPeer()).isFalse();
    }

    @ParameterizedTest
    @ValueSource(strings = {"Forwarded", "X-Forwarded-For", "X-Forwarded-Proto", "CF-Connecting-IP"})
    void anyForwardingHeaderFromAnUntrustedPeerIsFlagged(String name) {
        ClientAddress a = defaults.resolve("203.0.113.50", headers(name, "for=1.2.3.4"));
        assertThat(a.forwardedHeadersFromUntrustedPeer()).isTrue();
        assertThat(a.ip()).isEqualTo("203.0.113.50");
    }

    @Test
    void nginxOnLoopbackAppendsTheRealAddressToWhatTheClientSent() {
        ClientAddress a = defaults.resolve("127.0.0.1", headers("X-Forwarded-For", "6.6.6.6, " + VISITOR));
        assertThat(a.ip()).isEqualTo(VISITOR);
        assertThat(a.viaTrustedProxy()).isTrue();
        assertThat(a.forwardedHeadersFromUntrustedPeer()).isFalse();
    }

    @Test
    void aTrustedPeerWithoutHeadersIsItselfTheClient() {
        ClientAddress a = defaults.resolve("10.0.0.2", none());
        assertThat(a.ip()).isEqualTo("10.0.0.2");
        assertThat(a.viaTrustedProxy()).isTrue();
        assertThat(a.scheme()).isEmpty();
    }

    @Test
    void aChainOfTrustedHopsIsSkipped() {
        ClientAddress a = defaults.resolve("10.0.0.2",
                headers("X-Forwarded-For", "6.6.6.6, " + VISITOR + ", 192.168.1.3,10.0.0.5 ,  172.16.4.4"));
        assertThat(a.ip()).isEqualTo(VISITOR);
    }

    @Test
    void explicitRangesAndAddressesAreTrusted() {
        ClientAddresses resolver = trusting("203.0.113.7, 2001:db8:aa::/48");
        ClientAddress a = resolver.resolve("203.0.113.7", headers("X-Forwarded-For", VISITOR + ", 2001:db8:aa:1::9"));
        assertThat(a.ip()).isEqualTo(VISITOR);
        // Loopback is not in that list: it is a client like any other.
        assertThat(resolver.resolve("127.0.0.1", headers("X-Forwarded-For", VISITOR)).ip()).isEqualTo("127.0.0.1");
    }

    @Test
    void whenEveryHopIsTrustedTheLeftMostIsTheClient() {
        ClientAddress a = defaults.resolve("127.0.0.1", headers("X-Forwarded-For", "10.0.0.9, 10.0.0.8, 192.168.0.7"));
        assertThat(a.ip()).isEqualTo("10.0.0.9");
        assertThat(a.viaTrustedProxy()).isTrue();
    }

    @Test
    void severalHeaderLinesAreOneListInOrder() {
        ClientAddress a = defaults.resolve("127.0.0.1", headers(
                "X-Forwarded-For", "6.6.6.6, 7.7.7.7",
                "X-Forwarded-For", VISITOR + ", 10.0.0.3",
                "x-forwarded-for", "10.0.0.4"));
        assertThat(a.ip()).isEqualTo(VISITOR);
        assertThat(defaults.resolve("127.0.0.1", headers(
                "X-Forwarded-For", "10.0.0.3",
                "X-Forwarded-For", "10.0.0.4")).ip()).isEqualTo("10.0.0.3");
    }

    @Test
    void anEmptyTrustedListTrustsNobodyEvenLoopback() {
        ClientAddresses nobody = trusting("");
        for (String peer : List.of("127.0.0.1", "::1", "10.0.0.1")) {
            ClientAddress a = nobody.resolve(peer, headers("X-Forwarded-For", VISITOR, "X-Forwarded-Proto", "https"));
            assertThat(a.ip()).isEqualTo(peer);
            assertThat(a.viaTrustedProxy()).isFalse();
            assertThat(a.scheme()).isEmpty();
            assertThat(a.forwardedHeadersFromUntrustedPeer()).isTrue();
        }
    }

    @ParameterizedTest
    @ValueSource(strings = {"::1", "[::1]", "0:0:0:0:0:0:0:1", "::ffff:127.0.0.1", "127.0.0.53", "fe80::1%eth0",
            "[fe80::1%2]"})
    void localPeersInAnySpellingTheSocketUsesAreTrustedByDefault(String peer) {
        assertThat(defaults.resolve(peer, headers("X-Forwarded-For", "2001:db8::7")).ip()).isEqualTo("2001:db8::7");
    }

    @Test
    void aZoneIdOnTheSocketsAddressIsDropped() {
        assertThat(defaults.resolve("fe80::1%eth0", headers()).ip()).isEqualTo("fe80::1");
        assertThat(defaults.resolve("2001:db8::1%7", headers()).ip()).isEqualTo("2001:db8::1");
    }

    @ParameterizedTest
    @NullSource
    @ValueSource(strings = {"", "unknown", "host.example", "[::1", "::1]", "1.2.3.4:80", "unix:/run/app.sock"})
    void aPeerThatIsNotALiteralIsUnknownAndUntrusted(String peer) {
        ClientAddress a = defaults.resolve(peer, headers("X-Forwarded-For", "6.6.6.6"));
        assertThat(a.ip()).isEqualTo("unknown");
        assertThat(a.limitKey()).isEqualTo("unknown");
        assertThat(a.viaTrustedProxy()).isFalse();
        assertThat(a.forwardedHeadersFromUntrustedPeer()).isTrue();
    }

    @Test
    void anAdapterReturningNullForAbsentHeadersIsTolerated() {
        assertThat(defaults.resolve("127.0.0.1", name -> null).ip()).isEqualTo("127.0.0.1");
        assertThat(defaults.resolve("127.0.0.1", name -> name.equals("X-Forwarded-For")
                ? Arrays.asList(null, VISITOR) : List.of()).ip()).isEqualTo(VISITOR);
    }

    // --- scheme ---------------------------------------------------------------------------------------

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
            "https | https",
            "HTTPS | https",
            " http | http",
            "http, https | https",
            "https, http | http",
            "https,  | https",
            "ftp |",
            "https http |",
            "'' |"})
    void theRightMostForwardedProtoFromATrustedPeerIsTheScheme(String value, String scheme) {
        ClientAddress a = defaults.resolve("127.0.0.1", headers("X-Forwarded-Proto", value));
        assertThat(a.scheme().orElse(null)).isEqualTo(scheme);
    }

    @Test
    void theLastForwardedProtoLineWins() {
        ClientAddress a = defaults.resolve("127.0.0.1",
                headers("X-Forwarded-Proto", "https", "X-Forwarded-Proto", "http"));
        assertThat(a.scheme()).contains("http");
    }

    @Test
    void anUntrustedPeerNeverSetsTheScheme() {
        ClientAddress a = defaults.resolve("203.0.113.50",
                headers("X-Forwarded-Proto", "https", "Forwarded", "for=1.2.3.4;proto=https"));
        assertThat(a.scheme()).isEmpty();
        assertThat(a.forwardedHeadersFromUntrustedPeer()).isTrue();
    }

    // --- settings ---------------------------------------------------------------------------------------

    @Test
    void aRangeTheStrictParserRefusesFailsStartupNamingTheSetting() {
        ClientSettings settings = new ClientSettings(new ArrayList<>(List.of("010.0.0.0/8")), false, 64);
        assertThatThrownBy(() -> ClientAddresses.of(settings)).isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("launchready.client.trusted-proxies").hasMessageContaining("010.0.0.0/8");
    }
}
