package dev.launchready.client;

import static dev.launchready.client.Requests.CLOUDFLARE;
import static dev.launchready.client.Requests.TRUSTED;
import static dev.launchready.client.Requests.headers;
import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/** The Cloudflare preset: its edges are trusted, CF-Connecting-IP and CF-Visitor are read from them only. */
class CloudflareTest {

    private static final String EDGE = "172.70.1.1";
    private static final String EDGE_V6 = "2606:4700:10::6816:1";
    private static final String VISITOR = "198.51.100.7";
    private final ClientAddresses preset = Requests.resolver(CLOUDFLARE, "true");

    @Test
    void connectingIpFromACloudflareEdgeIsTheClient() {
        for (String edge : new String[] {EDGE, EDGE_V6, "::ffff:" + EDGE}) {
            ClientAddress a = preset.resolve(edge, headers("CF-Connecting-IP", VISITOR, "X-Forwarded-For", "6.6.6.6"));
            assertThat(a.ip()).as(edge).isEqualTo(VISITOR);
            assertThat(a.viaTrustedProxy()).isTrue();
        }
        assertThat(preset.resolve(EDGE, headers("CF-Connecting-IP", " 2001:db8::7 ")).ip()).isEqualTo("2001:db8::7");
    }

    @Test
    void connectingIpFromAnyoneElseIsIgnored() {
        ClientAddress stranger = preset.resolve("203.0.113.50", headers("CF-Connecting-IP", "6.6.6.6"));
        assertThat(stranger.ip()).isEqualTo("203.0.113.50");
        assertThat(stranger.forwardedHeadersFromUntrustedPeer()).isTrue();
        // Trusted, but not Cloudflare: a client talking to nginx directly could have sent it.
        ClientAddress nginx = preset.resolve("127.0.0.1", headers("CF-Connecting-IP", "6.6.6.6"));
        assertThat(nginx.ip()).isEqualTo("127.0.0.1");
    }

    @Test
    void behindNginxTheCloudflareHopIsWalkedPast() {
        ClientAddress a = preset.resolve("127.0.0.1", headers("X-Forwarded-For", "6.6.6.6, " + VISITOR + ", " + EDGE,
                "CF-Connecting-IP", "7.7.7.7"));
        assertThat(a.ip()).isEqualTo(VISITOR);
    }

    @Test
    void aMalformedConnectingIpFallsBackToTheWalk() {
        for (String bad : new String[] {"6.6.6.6, 7.7.7.7", "unknown", "", VISITOR + ":443"}) {
            ClientAddress a = preset.resolve(EDGE, headers("CF-Connecting-IP", bad, "X-Forwarded-For", VISITOR));
            assertThat(a.ip()).as(bad).isEqualTo(VISITOR);
        }
        ClientAddress twoLines = preset.resolve(EDGE, headers("CF-Connecting-IP", "6.6.6.6", "CF-Connecting-IP", "7.7.7.7"));
        assertThat(twoLines.ip()).isEqualTo(EDGE);
    }

    @Test
    void withoutThePresetCloudflareIsAnUntrustedPeer() {
        ClientAddress a = Requests.resolver().resolve(EDGE, headers("CF-Connecting-IP", VISITOR, "CF-Visitor",
                "{\"scheme\":\"https\"}"));
        assertThat(a.ip()).isEqualTo(EDGE);
        assertThat(a.viaTrustedProxy()).isFalse();
        assertThat(a.scheme()).isEmpty();
        assertThat(a.forwardedHeadersFromUntrustedPeer()).isTrue();
    }

    @Test
    void theWordCloudflareTrustsTheRangesButOnlyThePresetReadsItsHeaders() {
        ClientAddresses word = Requests.resolver(TRUSTED, "private,cloudflare");
        ClientAddress a = word.resolve(EDGE, headers("CF-Connecting-IP", "6.6.6.6", "X-Forwarded-For", VISITOR,
                "CF-Visitor", "{\"scheme\":\"https\"}"));
        assertThat(a.ip()).isEqualTo(VISITOR);
        assertThat(a.viaTrustedProxy()).isTrue();
        assertThat(a.scheme()).isEmpty();
    }

    @Test
    void thePresetTrustsCloudflareEvenWhenTheListIsEmpty() {
        ClientAddresses onlyCloudflare = Requests.resolver(CLOUDFLARE, "true", TRUSTED, "");
        assertThat(onlyCloudflare.resolve(EDGE, headers("CF-Connecting-IP", VISITOR)).ip()).isEqualTo(VISITOR);
        assertThat(onlyCloudflare.resolve("127.0.0.1", headers("X-Forwarded-For", VISITOR)).ip()).isEqualTo("127.0.0.1");
    }

    @Test
    void visitorSchemeFromACloudflareEdge() {
        assertThat(preset.resolve(EDGE, headers("CF-Visitor", "{\"scheme\":\"https\"}")).scheme()).contains("https");
        assertThat(preset.resolve(EDGE, headers("CF-Visitor", "{ \"scheme\" : \"http\" }")).scheme()).contains("http");
        assertThat(preset.resolve(EDGE, headers("CF-Visitor", "{\"scheme\":\"wss\"}")).scheme()).isEmpty();
        assertThat(preset.resolve(EDGE, headers("CF-Visitor", "{\"scheme\":")).scheme()).isEmpty();
        assertThat(preset.resolve(EDGE, headers("CF-Visitor", "https")).scheme()).isEmpty();
    }

    @Test
    void forwardedProtoComesBeforeVisitor() {
        ClientAddress a = preset.resolve(EDGE, headers("X-Forwarded-Proto", "http", "CF-Visitor", "{\"scheme\":\"https\"}"));
        assertThat(a.scheme()).contains("http");
    }

    @Test
    void visitorIsReadOnlyWhenCloudflareIsOnThePath() {
        String visitor = "{\"scheme\":\"https\"}";
        assertThat(preset.resolve("127.0.0.1", headers("CF-Visitor", visitor)).scheme()).isEmpty();
        assertThat(preset.resolve("127.0.0.1", headers("CF-Visitor", visitor, "X-Forwarded-For", VISITOR + ", " + EDGE))
                .scheme()).contains("https");
        assertThat(preset.resolve("203.0.113.50", headers("CF-Visitor", visitor)).scheme()).isEmpty();
    }
}
