package dev.launchready.client;

import static dev.launchready.client.Requests.headers;
import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * The one-line, one-address {@code X-Forwarded-For} (what a single proxy in front writes) is read
 * without the list scanner. It must decide exactly what the general right-to-left walk decides: the
 * same value with an empty line before it goes the general way (an empty entry is skipped), so the two
 * results are compared for values that are spoofed, malformed, trusted or over-long.
 */
class SingleForwardedForTest {

    private static final String LONG = "1".repeat(98) + ".2";

    private final ClientAddresses defaults = Requests.resolver();

    @ParameterizedTest
    @ValueSource(strings = {"198.51.100.23", " 198.51.100.23\t", "10.0.0.5", "127.0.0.1", "2001:db8::1",
        "[2001:db8::1]:443", "198.51.100.23:8080", "::ffff:198.51.100.23", "unknown", "_hidden", "evil.example",
        "", "   ", "1.2.3", "01.2.3.4", "1.2.3.4%eth0", "[::1]", "\r\n1.2.3.4", "1.2.3.4 5.6.7.8"})
    void decidesAsTheGeneralWalk(String value) {
        assertSameDecision(value);
    }

    @Test
    void anOverLongEntryNamesNobodyOnBothPaths() {
        String padded = " ".repeat(95) + "198.51.100.23"; // an address, but past the entry bound
        assertSameDecision(padded);
        assertThat(defaults.resolve("127.0.0.1", headers("X-Forwarded-For", padded)).ip()).isEqualTo("127.0.0.1");
        assertSameDecision(LONG);
        String fits = " ".repeat(100 - "198.51.100.23".length()) + "198.51.100.23";
        assertSameDecision(fits);
        assertThat(defaults.resolve("127.0.0.1", headers("X-Forwarded-For", fits)).ip()).isEqualTo("198.51.100.23");
    }

    @Test
    void aTrustedSingleHopIsTheClientAndAnUntrustedPeersHeaderIsStillIgnored() {
        ClientAddress proxied = defaults.resolve("127.0.0.1", headers("X-Forwarded-For", "198.18.0.10",
                "X-Forwarded-Proto", "https"));
        assertThat(proxied).isEqualTo(new ClientAddress("198.18.0.10", "198.18.0.10/32", true,
                Optional.of("https"), false));
        ClientAddress spoofed = defaults.resolve("203.0.113.50", headers("X-Forwarded-For", "10.0.0.1",
                "X-Forwarded-Proto", "https"));
        assertThat(spoofed).isEqualTo(new ClientAddress("203.0.113.50", "203.0.113.50/32", false,
                Optional.empty(), true));
    }

    @Test
    void anIpv6ClientKeepsItsNetworkKey() {
        ClientAddress a = defaults.resolve("::1", headers("X-Forwarded-For", "2001:db8:1:2:3:4:5:6"));
        assertThat(a.ip()).isEqualTo("2001:db8:1:2:3:4:5:6");
        assertThat(a.limitKey()).isEqualTo("2001:db8:1:2::/64");
    }

    private void assertSameDecision(String value) {
        for (String peer : List.of("127.0.0.1", "10.1.2.3", "203.0.113.50")) {
            ClientAddress fast = defaults.resolve(peer, headers("X-Forwarded-For", value));
            ClientAddress general = defaults.resolve(peer, headers("X-Forwarded-For", "", "X-Forwarded-For", value));
            assertThat(fast).as("peer %s, X-Forwarded-For [%s]", peer, value).isEqualTo(general);
        }
    }
}
