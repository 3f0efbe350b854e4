package dev.launchready.client;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.function.Function;
import org.junit.jupiter.api.Test;

/** {@link ClientAddresses#trustedScheme} says what {@link ClientAddresses#resolve} says of the scheme, always. */
class TrustedSchemeTest {

    private static final String[] PEERS = {"127.0.0.1", "10.1.2.3", "::1", "[::1]", "203.0.113.50", "173.245.48.1",
        "garbage", ""};

    private static final String[][] HEADERS = {
        {},
        {"X-Forwarded-Proto", "https"},
        {"X-Forwarded-Proto", "http"},
        {"X-Forwarded-Proto", "HTTPS"},
        {"X-Forwarded-Proto", "http, https"},
        {"X-Forwarded-Proto", "https, http"},
        {"X-Forwarded-Proto", "https", "X-Forwarded-Proto", "http"},
        {"X-Forwarded-Proto", "ftp"},
        {"X-Forwarded-Proto", ""},
        {"X-Forwarded-Proto", " , "},
        {"X-Forwarded-For", "198.51.100.23"},
        {"X-Forwarded-For", "198.51.100.23, 10.0.0.2", "X-Forwarded-Proto", "https"},
        {"Forwarded", "for=198.51.100.23;proto=https"},
        {"Forwarded", "proto=http", "X-Forwarded-Proto", "https"},
        {"Forwarded", "for=198.51.100.23;proto=https", "X-Forwarded-For", "198.51.100.99"},
        {"Forwarded", "for=\"[2001:db8::1]\";proto=http", "X-Forwarded-Proto", "https"},
        {"Forwarded", ";;;=", "X-Forwarded-Proto", "https"},
        {"CF-Visitor", "{\"scheme\":\"https\"}"},
        {"CF-Visitor", "{\"scheme\":\"https\"}", "X-Forwarded-Proto", "http"},
        {"CF-Connecting-IP", "198.51.100.23", "CF-Visitor", "{\"scheme\":\"https\"}"},
        {"X-Forwarded-For", "173.245.48.7", "CF-Visitor", "{\"scheme\":\"https\"}"},
    };

    @Test
    void agreesWithResolveForEveryPeerHeaderAndSetting() {
        List<String[]> settings = List.of(new String[] {}, new String[] {Requests.CLOUDFLARE, "true"},
                new String[] {Requests.TRUSTED, "none"}, new String[] {Requests.TRUSTED, "127.0.0.1/32"});
        int checked = 0;
        List<String> schemes = new ArrayList<>();
        for (String[] setting : settings) {
            ClientAddresses shared = Requests.resolver(setting); // its trusted-peer memo carries across requests
            for (String peer : PEERS) {
                for (String[] lines : HEADERS) {
                    Function<String, List<String>> headers = Requests.headers(lines);
                    ClientAddresses fresh = Requests.resolver(setting);
                    String scheme = fresh.trustedScheme(peer, headers);
                    String resolved = resolvedScheme(fresh.resolve(peer, headers));
                    String what = String.join(" ", setting) + " " + peer + " " + String.join(" ", lines);
                    assertThat(scheme).as(what).isEqualTo(resolved);
                    assertThat(shared.trustedScheme(peer, headers)).as(what).isEqualTo(resolved);
                    assertThat(resolvedScheme(shared.resolve(peer, headers))).as(what).isEqualTo(resolved);
                    schemes.add(scheme);
                    checked++;
                }
            }
        }
        assertThat(checked).isEqualTo(4 * PEERS.length * HEADERS.length);
        assertThat(schemes).contains("https", "http", null); // the corpus reaches every answer
    }

    private static String resolvedScheme(ClientAddress client) {
        return client.viaTrustedProxy() ? client.scheme().orElse(null) : null;
    }
}
