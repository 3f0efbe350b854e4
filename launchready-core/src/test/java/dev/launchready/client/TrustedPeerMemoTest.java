package dev.launchready.client;

import static dev.launchready.client.Requests.headers;
import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.function.Function;
import org.junit.jupiter.api.Test;

/**
 * A resolver remembers the last trusted peer's literal (behind a proxy it is nearly always the same).
 * Whatever order peers arrive in, on however many threads, every answer must be the one a resolver
 * that has seen nothing before gives: a spoofing visitor never inherits the proxy's trust.
 */
class TrustedPeerMemoTest {

    private static final List<String> PEERS = List.of("127.0.0.1", "203.0.113.50", "10.0.0.7", "127.0.0.1",
            "[::1]", "::1", "fe80::1%eth0", "not-an-address", "127.0.0.1 ", "198.51.100.9", "10.0.0.7", "");
    private static final Function<String, List<String>> HEADERS = headers("X-Forwarded-For", "6.6.6.6, 198.51.100.23",
            "X-Forwarded-Proto", "https");

    @Test
    void everyAnswerEqualsAFreshResolversInAnyOrder() {
        ClientAddresses shared = Requests.resolver();
        for (int round = 0; round < 3; round++) {
            for (String peer : PEERS) {
                assertThat(shared.resolve(peer, HEADERS)).as(peer).isEqualTo(Requests.resolver().resolve(peer, HEADERS));
                assertThat(shared.trustsPeer(peer)).as(peer).isEqualTo(Requests.resolver().trustsPeer(peer));
            }
        }
    }

    @Test
    void aResolverWithAnotherProxyListRemembersNothingOfThisOne() {
        ClientAddresses loopback = Requests.resolver();
        ClientAddresses elsewhere = Requests.trusting("10.0.0.0/8");
        assertThat(loopback.resolve("127.0.0.1", HEADERS).ip()).isEqualTo("198.51.100.23");
        assertThat(elsewhere.resolve("127.0.0.1", HEADERS).ip()).isEqualTo("127.0.0.1");
        assertThat(elsewhere.trustsPeer("127.0.0.1")).isFalse();
        assertThat(loopback.resolve("127.0.0.1", HEADERS).viaTrustedProxy()).isTrue();
    }

    @Test
    void threadsInterleavingPeersEachGetTheirOwnAnswer() throws Exception {
        ClientAddresses shared = Requests.resolver();
        List<ClientAddress> expected = new ArrayList<>();
        for (String peer : PEERS) {
            expected.add(Requests.resolver().resolve(peer, HEADERS));
        }
        ExecutorService pool = Executors.newFixedThreadPool(4);
        try {
            List<Future<Boolean>> runs = new ArrayList<>();
            for (int t = 0; t < 4; t++) {
                int offset = t;
                runs.add(pool.submit(() -> {
                    for (int i = 0; i < 20_000; i++) {
                        int p = (i + offset) % PEERS.size();
                        if (!shared.resolve(PEERS.get(p), HEADERS).equals(expected.get(p))) {
                            return false;
                        }
                    }
                    return true;
                }));
            }
            for (Future<Boolean> run : runs) {
                assertThat(run.get()).isTrue();
            }
        } finally {
            pool.shutdownNow();
        }
    }
}
