package dev.launchready.https;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.launchready.client.ClientAddress;
import dev.launchready.config.InvalidSettingException;
import dev.launchready.config.LaunchReadySettings;
import java.net.URI;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class HttpsRedirectsTest {

    static final ClientAddress DIRECT = new ClientAddress("203.0.113.9", "203.0.113.9/32", false, Optional.empty(), false);
    static final ClientAddress PROXY_HTTP = new ClientAddress("203.0.113.9", "203.0.113.9/32", true, Optional.of("http"), false);
    static final ClientAddress PROXY_HTTPS = new ClientAddress("203.0.113.9", "203.0.113.9/32", true, Optional.of("https"), false);
    static final ClientAddress PROXY_SILENT = new ClientAddress("203.0.113.9", "203.0.113.9/32", true, Optional.empty(), false);

    static HttpsRedirects redirects(String... pairs) {
        Map<String, String> map = new HashMap<>(Map.of("launchready.https.host", "example.com",
                "launchready.https.aliases", "www.example.com"));
        for (int i = 0; i < pairs.length; i += 2) {
            map.put(pairs[i], pairs[i + 1]);
        }
        return HttpsRedirects.of(LaunchReadySettings.from(map::get).edge().https());
    }

    static HttpsRequest request(String method, String host, String path, boolean tls, ClientAddress client, boolean claim) {
        return new HttpsRequest(method, host, path, null, path, tls, client, claim ? SchemeClaims.HTTPS
                : client.scheme().isPresent() ? SchemeClaims.HTTP : SchemeClaims.NONE);
    }

    @Test
    void plainHttpGoesToTheCanonicalHostInOneHop() {
        HttpsDecision d = redirects().decide(request("GET", "www.example.com", "/pricing", false, DIRECT, false));
        assertThat(d.location()).isEqualTo("https://example.com/pricing");
        assertThat(d.status()).isEqualTo(301);
        assertThat(d.hsts()).isNull();
        assertThat(redirects().decide(new HttpsRequest("POST", "example.com", "/login", "a=1&b=%20", "/login", false,
                PROXY_HTTP, SchemeClaims.HTTP)).status()).isEqualTo(308);
        assertThat(redirects().decide(new HttpsRequest("GET", "example.com", "/x", "q=1", "/x", false, PROXY_HTTP,
                SchemeClaims.HTTP))
                .location()).isEqualTo("https://example.com/x?q=1");
    }

    @Test
    void httpsAliasGoesToCanonicalWithHsts() {
        HttpsDecision d = redirects().decide(request("HEAD", "WWW.Example.com.:443", "/", false, PROXY_HTTPS, true));
        assertThat(d.location()).isEqualTo("https://example.com/");
        assertThat(d.hsts()).isEqualTo("max-age=31536000");
        HttpsDecision canonical = redirects().decide(request("GET", "example.com", "/", true, DIRECT, false));
        assertThat(canonical.redirects()).isFalse();
        assertThat(canonical.secure()).isTrue();
        assertThat(canonical.hsts()).isEqualTo("max-age=31536000");
    }

    @Test
    void anyHttpsClaimOrASilentTrustedProxySuppressesTheRedirect() {
        assertThat(redirects().decide(request("GET", "example.com", "/", false, DIRECT, true)).redirects()).isFalse();
        assertThat(redirects().decide(request("GET", "example.com", "/", false, PROXY_SILENT, false)).redirects()).isFalse();
        assertThat(redirects().decide(request("GET", "example.com", "/", false, PROXY_HTTP, true)).redirects()).isFalse();
        // An untrusted https claim never makes the response secure, though.
        assertThat(redirects().decide(request("GET", "example.com", "/", false, DIRECT, true)).hsts()).isNull();
    }

    @Test
    void preloadModeGoesToHttpsOnTheSameHostFirst() {
        HttpsRedirects preload = redirects("launchready.https.preload", "true", "launchready.https.include-subdomains",
                "true");
        HttpsDecision first = preload.decide(request("GET", "www.example.com", "/a", false, DIRECT, false));
        assertThat(first.location()).isEqualTo("https://www.example.com/a");
        HttpsDecision second = preload.decide(request("GET", "www.example.com", "/a", true, DIRECT, false));
        assertThat(second.location()).isEqualTo("https://example.com/a");
        assertThat(second.hsts()).isEqualTo("max-age=31536000; includeSubDomains; preload");
        assertThat(preload.decide(request("GET", "evil.example", "/a", false, DIRECT, false)).location())
                .isEqualTo("https://example.com/a");
        assertThat(preload.summary()).anyMatch(line -> line.contains("EVERY SUBDOMAIN"));
    }

    @Test
    void webhooksAcmeAndExemptPathsAreNeverRedirected() {
        for (String path : List.of("/webhooks/stripe", "/webhooks", "/.well-known/acme-challenge/tok")) {
            assertThat(redirects().decide(request("POST", "www.example.com", path, false, DIRECT, false)).redirects())
                    .as(path).isFalse();
        }
        assertThat(redirects().decide(request("POST", "www.example.com", "/webhooksx", false, DIRECT, false)).redirects())
                .isTrue();
    }

    @Test
    void noHostNoRedirect() {
        HttpsRedirects none = HttpsRedirects.of(LaunchReadySettings.defaults().edge().https());
        assertThat(none.decide(request("GET", "localhost:8080", "/", false, DIRECT, false)).redirects()).isFalse();
        assertThat(none.summary().get(0)).contains("set launchready.https.host");
    }

    @Test
    void withRedirectsOffStayIsTheWholeDecision() {
        HttpsRedirects noHost = HttpsRedirects.of(LaunchReadySettings.defaults().edge().https());
        HttpsRedirects off = redirects("launchready.https.redirect", "false");
        HttpsRedirects noHsts = redirects("launchready.https.redirect", "false", "launchready.https.hsts", "false");
        assertThat(redirects().redirects()).isTrue();
        for (HttpsRedirects r : List.of(noHost, off, noHsts)) {
            assertThat(r.redirects()).isFalse();
            for (ClientAddress client : List.of(DIRECT, PROXY_HTTP, PROXY_HTTPS, PROXY_SILENT)) {
                for (boolean tls : new boolean[] {false, true}) {
                    for (boolean claim : new boolean[] {false, true}) {
                        assertThat(r.stay(tls, trustedScheme(client))).as("%s tls=%s", client, tls)
                                .isEqualTo(r.decide(request("GET", "example.com", "/", tls, client, claim)));
                    }
                }
            }
        }
        assertThat(off.stay(false, "https").hsts()).startsWith("max-age=");
        assertThat(off.stay(true, "http")).isEqualTo(new HttpsDecision(false, null, 0, null));
        assertThat(off.stay(true, null).secure()).isTrue();
        assertThat(off.stay(false, null).secure()).isFalse();
        assertThat(noHsts.stay(true, "https")).isEqualTo(new HttpsDecision(true, null, 0, null));
    }

    /** What {@code ClientAddresses.trustedScheme} reports for a client resolved as {@code client}. */
    private static String trustedScheme(ClientAddress client) {
        return client.viaTrustedProxy() ? client.scheme().orElse(null) : null;
    }

    @Test
    void nonDefaultPortIsNamed() {
        assertThat(redirects("launchready.https.port", "8443").decide(request("GET", "x", "/", false, DIRECT, false))
                .location()).isEqualTo("https://example.com:8443/");
    }

    @Test
    void schemeClaimsFromEveryHeader() {
        assertThat(SchemeClaims.of(h -> h.equals("X-Forwarded-Proto") ? List.of("http, HTTPS") : List.of()))
                .isEqualTo(SchemeClaims.HTTPS);
        assertThat(SchemeClaims.of(h -> h.equals("Forwarded") ? List.of("for=1.2.3.4;proto=https") : null))
                .isEqualTo(SchemeClaims.HTTPS);
        assertThat(SchemeClaims.of(h -> h.equals("CF-Visitor") ? List.of("{\"scheme\":\"https\"}") : null))
                .isEqualTo(SchemeClaims.HTTPS);
        assertThat(SchemeClaims.of(h -> h.equals("X-Forwarded-Ssl") ? List.of("on") : null)).isEqualTo(SchemeClaims.HTTPS);
        assertThat(SchemeClaims.of(h -> h.equals("X-Forwarded-Proto") ? List.of("http") : List.of()))
                .isEqualTo(SchemeClaims.HTTP);
        assertThat(SchemeClaims.of(h -> h.equals("X-Forwarded-For") ? List.of("1.2.3.4") : List.of()))
                .isEqualTo(SchemeClaims.PROXY_WITHOUT_SCHEME);
        assertThat(SchemeClaims.of(h -> List.of())).isEqualTo(SchemeClaims.NONE);
    }

    /** Regression: an untrusted TLS-terminating proxy that sends nothing looked like a direct visitor and looped. */
    @Test
    void anUntrustedPrivatePeerSendingNothingMayBeAProxyAndIsNotRedirected() {
        ClientAddress loopback = new ClientAddress("127.0.0.1", "127.0.0.1/32", false, Optional.empty(), false);
        assertThat(redirects().decide(new HttpsRequest("GET", "example.com", "/", null, "/", false, loopback,
                SchemeClaims.NONE)).redirects()).isFalse();
        assertThat(redirects().decide(new HttpsRequest("GET", "example.com", "/", null, "/", false, DIRECT,
                SchemeClaims.PROXY_WITHOUT_SCHEME)).redirects()).isFalse();
        assertThat(redirects().decide(new HttpsRequest("GET", "example.com", "/", null, "/", false, loopback,
                SchemeClaims.HTTP)).redirects()).isTrue();
        assertThat(redirects().decide(new HttpsRequest("GET", "example.com", "/", null, "/", false, DIRECT,
                SchemeClaims.NONE)).redirects()).isTrue();
    }

    /** Open redirects: whatever the Host, path or query, the Location is on example.com. */
    @Test
    void corpusOfTricksNeverLeavesOurHost() {
        List<String> hosts = List.of("evil.example", "example.com@evil.example", "evil.example:443", "", "[::1]",
                "www.example.com.evil.example", "example.com\r\nLocation: https://evil.example", "%65vil.example");
        List<String> paths = List.of("/", "//evil.example", "//evil.example/%2F..", "/\\evil.example", "/\\/evil.example",
                "/%2F%2Fevil.example", "/%5C%5Cevil.example", "/%0d%0aLocation:%20https://evil.example",
                "/\r\nLocation: https://evil.example", "/@evil.example", "/.//evil.example", "/..//evil.example",
                "///evil.example", "/%09/evil.example", "/ /evil.example", "/\u3002evil.example", "evil.example",
                "https://evil.example/", "@evil.example", "/x?next=//evil.example", "/\tevil", "/#@evil.example");
        List<String> queries = new ArrayList<>(List.of("u=//evil.example", "\r\nSet-Cookie: a=b", "a=%0d%0a"));
        queries.add(null);
        int checked = 0;
        for (HttpsRedirects r : List.of(redirects(), redirects("launchready.https.preload", "true",
                "launchready.https.include-subdomains", "true"))) {
            for (String host : hosts) {
                for (String path : paths) {
                    for (String query : queries) {
                        for (boolean tls : new boolean[] {false, true}) {
                            HttpsDecision d = r.decide(new HttpsRequest("GET", host, path, query, path, tls, DIRECT,
                                    SchemeClaims.NONE));
                            if (d.redirects()) {
                                assertOnOurHost(d.location());
                                checked++;
                            }
                        }
                    }
                }
            }
        }
        assertThat(checked).isGreaterThan(200);
    }

    static void assertOnOurHost(String location) {
        assertThat(location).doesNotContain("\r", "\n", "\\", " ", "\t");
        URI uri = URI.create(location);
        assertThat(uri.getScheme()).isEqualTo("https");
        assertThat(uri.getRawAuthority()).as(location).isIn("example.com", "www.example.com");
        assertThat(uri.getHost()).isIn("example.com", "www.example.com");
        assertThat(location).startsWith("https://" + uri.getRawAuthority() + "/");
    }

    @Test
    void badSettingsNameTheProperty() {
        assertThatThrownBy(() -> redirects("launchready.https.preload", "true")).isInstanceOf(
                InvalidSettingException.class).hasMessageContaining("launchready.https.preload")
                .hasMessageContaining("launchready.https.include-subdomains");
        assertThatThrownBy(() -> redirects("launchready.https.host", "https://example.com"))
                .hasMessageContaining("launchready.https.host");
        assertThatThrownBy(() -> redirects("launchready.https.host", "example.com/path"))
                .hasMessageContaining("launchready.https.host");
        assertThatThrownBy(() -> redirects("launchready.https.aliases", "example.com"))
                .hasMessageContaining("launchready.https.aliases");
        assertThatThrownBy(() -> redirects("launchready.https.aliases", "evil.example:80"))
                .hasMessageContaining("launchready.https.aliases");
        assertThatThrownBy(() -> redirects("launchready.https.port", "0")).hasMessageContaining("launchready.https.port");
        assertThatThrownBy(() -> redirects("launchready.https.hsts-max-age", "1000d"))
                .hasMessageContaining("launchready.https.hsts-max-age");
        assertThatThrownBy(() -> LaunchReadySettings.from(Map.of("launchready.https.aliases", "www.example.com")::get))
                .hasMessageContaining("launchready.https.aliases").hasMessageContaining("launchready.https.host");
        assertThatThrownBy(() -> LaunchReadySettings.from(Map.of("launchready.headers.referrer-policy", "nope")::get))
                .hasMessageContaining("launchready.headers.referrer-policy");
        assertThatThrownBy(() -> LaunchReadySettings.from(Map.of("launchready.headers.frame-options", "allow")::get))
                .hasMessageContaining("launchready.headers.frame-options");
        assertThatThrownBy(() -> LaunchReadySettings.from(Map.of("launchready.cache.private-paths", "account")::get))
                .hasMessageContaining("launchready.cache.private-paths");
    }
}
