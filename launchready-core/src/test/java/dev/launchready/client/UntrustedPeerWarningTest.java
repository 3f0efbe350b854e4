package dev.launchready.client;

import static dev.launchready.client.Requests.headers;
import static dev.launchready.client.Requests.none;
import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.function.Function;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/** One warning per untrusted peer that sends forwarding headers, naming the setting to change. */
class UntrustedPeerWarningTest {

    private static final Function<String, List<String>> SPOOF = headers("X-Forwarded-For", "6.6.6.6");
    private final SecurityLog log = new SecurityLog();
    private final ClientAddresses resolver = Requests.resolver();

    @AfterEach
    void release() {
        log.close();
    }

    @Test
    void warnsOncePerPeerNamingTheSetting() {
        resolver.resolve("198.51.100.7", SPOOF);
        assertThat(log.warnings()).containsExactly("forwarded headers from untrusted peer 198.51.100.7 ignored; if it is"
                + " your proxy, add it to launchready.client.trusted-proxies");
        resolver.resolve("198.51.100.7", SPOOF);
        resolver.resolve("198.51.100.7", headers("Forwarded", "for=6.6.6.6"));
        assertThat(log.warnings()).hasSize(1);
        resolver.resolve("198.51.100.8", SPOOF);
        assertThat(log.warnings()).hasSize(2).last().asString().contains("198.51.100.8");
    }

    @Test
    void noWarningWithoutForwardingHeadersOrFromTrustedPeers() {
        resolver.resolve("198.51.100.7", none());
        resolver.resolve("198.51.100.7", headers("Via", "1.1 proxy", "X-Real-IP", "6.6.6.6"));
        resolver.resolve("127.0.0.1", SPOOF);
        resolver.resolve("10.1.2.3", SPOOF);
        assertThat(log.warnings()).isEmpty();
    }

    @Test
    void oneWarningPerIpv6Network() {
        resolver.resolve("2001:db8:1:2::1", SPOOF);
        resolver.resolve("2001:db8:1:2::2", SPOOF);
        resolver.resolve("2001:db8:1:2:ffff::9", SPOOF);
        assertThat(log.warnings()).singleElement().asString().contains("2001:db8:1:2::1");
        resolver.resolve("2001:db8:1:3::1", SPOOF);
        assertThat(log.warnings()).hasSize(2);
    }

    @Test
    void privatePeersWarnTooWhenNotTrusted() {
        ClientAddresses nobody = Requests.trusting("");
        nobody.resolve("172.17.0.1", SPOOF);
        assertThat(log.warnings()).singleElement().asString().contains("172.17.0.1");
    }

    @Test
    void aCloudflareEdgeGetsCloudflareAdvice() {
        resolver.resolve("104.16.0.9", headers("CF-Connecting-IP", "198.51.100.7"));
        assertThat(log.warnings()).singleElement().asString()
                .contains("104.16.0.9").contains("launchready.client.cloudflare=true");
    }

    @Test
    void aPeerThatIsNotALiteralIsNeverLogged() {
        resolver.resolve("evil\r\nINFO forged line", SPOOF);
        assertThat(log.warnings()).isEmpty();
    }

    @Test
    void disagreeingHeadersFromATrustedProxyWarnOnce() {
        Function<String, List<String>> both = headers("Forwarded", "for=6.6.6.6", "X-Forwarded-For", "198.51.100.7");
        resolver.resolve("127.0.0.1", both);
        resolver.resolve("127.0.0.1", both);
        assertThat(log.warnings()).singleElement().asString().contains("127.0.0.1").contains("different clients");
    }

    @Test
    void theMemoryIsBoundedSoAForgottenPeerIsWarnedAgain() {
        int peers = ClientAddresses.WARN_MEMORY * 2;
        for (int i = 0; i < peers; i++) {
            resolver.resolve(publicPeer(i), SPOOF);
        }
        assertThat(log.warnings()).hasSize(peers);
        log.clear();
        resolver.resolve(publicPeer(peers - 1), SPOOF);
        assertThat(log.warnings()).as("recent peers are remembered").isEmpty();
        resolver.resolve(publicPeer(0), SPOOF);
        assertThat(log.warnings()).as("the oldest were forgotten").hasSize(1);
    }

    @Test
    void aHundredThousandPeersWarnEachButTheMemoryStaysBounded() {
        WarnOnce memory = new WarnOnce(ClientAddresses.WARN_MEMORY);
        for (int i = 0; i < 100_000; i++) {
            assertThat(memory.firstTime(publicPeer(i))).isTrue();
            assertThat(memory.size()).isLessThanOrEqualTo(ClientAddresses.WARN_MEMORY);
        }
        assertThat(memory.size()).isEqualTo(ClientAddresses.WARN_MEMORY);
    }

    private static String publicPeer(int i) {
        return "198." + (18 + (i >> 16)) + "." + ((i >> 8) & 0xFF) + "." + (i & 0xFF);
    }
}
