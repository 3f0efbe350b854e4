package dev.launchready.client;

import static dev.launchready.client.Requests.headers;
import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;

import java.time.Duration;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Random;
import java.util.function.Function;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** Garbage, oversized and hostile forwarding headers never throw, never resolve names, never win. */
class MalformedHeadersTest {

    private static final String VISITOR = "198.51.100.7";
    private static final String PROXY = "10.0.0.1";
    private final ClientAddresses resolver = Requests.resolver();

    private String xff(String value) {
        return resolver.resolve(PROXY, headers("X-Forwarded-For", value)).ip();
    }

    @ParameterizedTest
    @ValueSource(strings = {"1.2.3", "999.1.1.1", "1.2.3.4.5", "::ffff:999.1.1.1", "[::1", "::1]", "fe80::1%eth0",
            "evil.example", "unknown", "_hidden", "1.2.3.4:99999", "1.2.3.4:", "01.2.3.4", "0x7f.0.0.1", "127.1",
            "2130706433", "1.2.3.4/8", "1.2.3.4 5.6.7.8", "\"1.2.3.4\"", "[1.2.3.4]", "1:2:3:4:5:6:7:8:9",
            "\u0000", "1.2.3.4\r\nX-Evil: 1", "１.２.３.４"})
    void aMalformedHopStopsTheWalkAndTheLastGoodAddressToItsRightWins(String bad) {
        assertThat(xff(bad)).isEqualTo(PROXY);
        assertThat(xff("6.6.6.6, " + bad)).isEqualTo(PROXY);
        assertThat(xff("6.6.6.6, " + bad + ", 10.0.0.7")).isEqualTo("10.0.0.7");
        assertThat(xff(bad + ", " + VISITOR)).isEqualTo(VISITOR);
    }

    @Test
    void emptyEntriesAreSkipped() {
        assertThat(xff(",,,")).isEqualTo(PROXY);
        assertThat(xff("")).isEqualTo(PROXY);
        assertThat(xff("  ")).isEqualTo(PROXY);
        assertThat(xff(VISITOR + ",, ,")).isEqualTo(VISITOR);
        assertThat(xff("6.6.6.6,," + VISITOR)).isEqualTo(VISITOR);
    }

    @Test
    void portsAndBracketsThatProxiesWriteAreRead() {
        assertThat(xff(VISITOR + ":51234")).as("Azure Application Gateway style").isEqualTo(VISITOR);
        assertThat(xff("[2001:db8::7]:443")).isEqualTo("2001:db8::7");
        assertThat(xff("[2001:db8::7]")).isEqualTo("2001:db8::7");
    }

    @Test
    void aTenKilobyteEntryIsNotAnAddress() {
        String junk = "9".repeat(10_000);
        assertThat(xff(junk)).isEqualTo(PROXY);
        assertThat(xff("6.6.6.6, " + junk + ", 10.0.0.7")).isEqualTo("10.0.0.7");
        assertThat(xff(junk + ", " + VISITOR)).isEqualTo(VISITOR);
        assertThat(resolver.resolve(PROXY, headers("Forwarded", "for=\"" + junk + "\"")).ip()).isEqualTo(PROXY);
        assertThat(resolver.resolve(PROXY, headers("Forwarded", "for=" + junk + ", for=" + VISITOR)).ip())
                .isEqualTo(VISITOR);
        assertThat(resolver.resolve(PROXY, headers("X-Forwarded-Proto", junk)).scheme()).isEmpty();
        assertThat(resolver.resolve(PROXY, headers("X-Forwarded-Proto", junk + ",https")).scheme()).contains("https");
    }

    @Test
    void aThousandTrustedHopsNeverLetTheLeftMostSpoofWin() {
        StringBuilder value = new StringBuilder("6.6.6.6");
        for (int i = 0; i < 1000; i++) {
            value.append(", 10.0.").append(i / 250).append('.').append(i % 250 + 1);
        }
        String client = xff(value.toString());
        assertThat(client).isNotEqualTo("6.6.6.6").startsWith("10.0.");
        // The walk reads at most 64 entries: the 64th from the right.
        assertThat(client).isEqualTo("10.0.3.187");
    }

    @Test
    void aThousandHeaderLinesAreBoundedToo() {
        List<String> lines = new ArrayList<>(Collections.nCopies(1000, "10.0.0.9"));
        lines.add(0, "6.6.6.6");
        ClientAddress a = resolver.resolve(PROXY, name -> name.equals("X-Forwarded-For") ? lines : List.of());
        assertThat(a.ip()).isEqualTo("10.0.0.9");
        List<String> forwarded = new ArrayList<>(Collections.nCopies(1000, "for=10.0.0.9"));
        forwarded.add(0, "for=6.6.6.6");
        assertThat(resolver.resolve(PROXY, name -> name.equals("Forwarded") ? forwarded : List.of()).ip())
                .isEqualTo("10.0.0.9");
    }

    @Test
    void aThousandPublicHopsResolveToTheRightMost() {
        StringBuilder value = new StringBuilder();
        for (int i = 0; i < 1000; i++) {
            value.append(i == 0 ? "" : ",").append("203.0.").append(i / 250).append('.').append(i % 250 + 1);
        }
        assertThat(xff(value.toString())).isEqualTo("203.0.3.250");
    }

    /**
     * No DNS, ever. {@code InetAddress.getByName} resolves anything that is not a literal: a request
     * thread would block on the resolver for seconds (an easy way to exhaust the pool), the server would
     * query names an attacker chooses, and a name could come back as a trusted address and so win.
     * {@code localhost} and the inet_aton spellings of 127.0.0.1 resolve without any network, so if any
     * of them were looked up the answer would be 127.0.0.1 instead of the proxy; the timeout catches
     * real lookups where a resolver is reachable.
     */
    @Test
    void hostNamesAreNeverLookedUp() {
        assertTimeoutPreemptively(Duration.ofSeconds(2), () -> {
            for (String name : List.of("localhost", "localhost.", "127.1", "2130706433", "0x7f000001", "0177.0.0.1")) {
                assertThat(xff(name)).as(name).isEqualTo(PROXY);
                assertThat(resolver.resolve(PROXY, headers("Forwarded", "for=" + name)).ip()).isEqualTo(PROXY);
                assertThat(resolver.resolve(PROXY, headers("Forwarded", "for=\"[" + name + "]:80\"")).ip()).isEqualTo(PROXY);
            }
            for (int i = 0; i < 1000; i++) {
                assertThat(xff("host-" + i + ".launchready-test.example, " + "10.0.0.9")).isEqualTo("10.0.0.9");
            }
        });
    }

    /**
     * Whatever a client sends, the address the trusted proxy appends is the one believed; and whatever
     * arrives, nothing throws and the answer is a literal.
     */
    @Test
    void fuzzedClientHeadersNeverBeatTheProxysEntryAndNeverThrow() {
        Random random = new Random(20261123);
        ClientAddresses cloudflare = Requests.resolver(Requests.CLOUDFLARE, "true");
        String alphabet = "0123456789abcdefABCDEF.:[]%,;=\" \t_\\/-xuknow";
        for (int i = 0; i < 20_000; i++) {
            String junk = randomText(random, alphabet, random.nextInt(60));
            String visitor = "203.0.113." + (1 + random.nextInt(254));
            assertThat(xff(junk + ", " + visitor)).as(junk).isEqualTo(visitor);
            assertThat(resolver.resolve(PROXY, headers("Forwarded", junk + ", for=" + visitor)).ip()).as(junk)
                    .isEqualTo(visitor);
            Function<String, List<String>> all = headers("X-Forwarded-For", junk, "Forwarded", junk,
                    "X-Forwarded-Proto", junk, "CF-Connecting-IP", junk, "CF-Visitor", junk);
            for (String peer : List.of(PROXY, "203.0.113.1", "173.245.48.1", junk)) {
                ClientAddress a = cloudflare.resolve(peer, all);
                assertThat(a.ip().equals("unknown") || IpLiteral.parse(a.ip()) != null).as(junk).isTrue();
                assertThat(a.scheme().orElse("https")).isIn("http", "https");
            }
        }
    }

    private static String randomText(Random random, String alphabet, int length) {
        StringBuilder out = new StringBuilder(length);
        for (int i = 0; i < length; i++) {
            out.append(alphabet.charAt(random.nextInt(alphabet.length())));
        }
        return out.toString();
    }
}
