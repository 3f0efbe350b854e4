package dev.launchready.examples.servlet;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.net.URI;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * nginx terminating TLS (a CA and certificate made by the test) in front of the example app, in every
 * common proxy setup, with the trusted-proxy list set right and wrong, and in preload mode: every
 * HTTPS/canonical-host chain ends within its hop limit and never loops; and a corpus of Host,
 * forwarded-host and path tricks never yields a Location off our hosts.
 */
class HttpsProxyIT {

    private static final String APEX = "example.test";
    private static final String WWW = "www.example.test";
    private static final Set<String> OURS = Set.of(APEX, WWW);
    private static final String PATH = "/pricing?x=1&y=%2F";

    /** What each proxy setup tells the app about the scheme. */
    private static final Map<String, String> SETUPS = new LinkedHashMap<>();

    static {
        SETUPS.put("x-forwarded-proto", """
                proxy_set_header X-Forwarded-For $proxy_add_x_forwarded_for;
                proxy_set_header X-Forwarded-Proto $scheme;""");
        SETUPS.put("forwarded", """
                proxy_set_header Forwarded "for=$remote_addr;proto=$scheme";
                proxy_set_header X-Forwarded-Proto "";""");
        // Cloudflare Flexible SSL: the edge talks plain HTTP to an origin nginx that writes its own scheme
        // (http) into X-Forwarded-Proto; only CF-Visitor still tells what the visitor used.
        SETUPS.put("cloudflare-flexible", """
                proxy_set_header X-Forwarded-Proto http;
                proxy_set_header CF-Visitor '{"scheme":"$scheme"}';""");
        SETUPS.put("no-scheme", """
                proxy_set_header X-Forwarded-Proto "";
                proxy_set_header Forwarded "";""");
    }

    /** An app and how its trusted-proxy list is set. */
    record Variant(String name, RunningApp app, int hopLimit, boolean trustsProxy, boolean preload) {
    }

    /** Where one setup listens, per variant: a plain and a TLS port. */
    record Ports(int http, int https) {
    }

    private static final List<Variant> VARIANTS = new ArrayList<>();
    private static final Map<String, Ports> PORTS = new LinkedHashMap<>();
    private static TestCertificates tls;
    private static NginxProcess nginx;

    @BeforeAll
    static void start() throws Exception {
        Map<String, String> common = Map.of("launchready.health.drain-period", "0s", "launchready.https.host", APEX,
                "launchready.https.aliases", WWW);
        VARIANTS.add(new Variant("trusted-right", AppWithSettings.start(common), 1, true, false));
        Map<String, String> wrong = new LinkedHashMap<>(common);
        wrong.put("launchready.client.trusted-proxies", "10.0.0.0/8"); // not loopback, where nginx is
        VARIANTS.add(new Variant("trusted-wrong", AppWithSettings.start(wrong), 1, false, false));
        Map<String, String> preload = new LinkedHashMap<>(common);
        preload.put("launchready.https.preload", "true");
        preload.put("launchready.https.include-subdomains", "true");
        VARIANTS.add(new Variant("preload", AppWithSettings.start(preload), 2, true, true));

        tls = TestCertificates.forHosts(APEX, WWW);
        StringBuilder servers = new StringBuilder();
        List<Integer> all = new ArrayList<>();
        for (Variant v : VARIANTS) {
            for (Map.Entry<String, String> setup : SETUPS.entrySet()) {
                Ports ports = new Ports(NginxProcess.freePort(), NginxProcess.freePort());
                PORTS.put(v.name() + "/" + setup.getKey(), ports);
                all.add(ports.http());
                all.add(ports.https());
                servers.append("""
                        server {
                          listen 127.0.0.1:%d;
                          listen 127.0.0.1:%d ssl;
                          ssl_certificate %s;
                          ssl_certificate_key %s;
                          location / {
                            proxy_pass http://127.0.0.1:%d;
                            proxy_set_header Host $host;
                            %s
                          }
                        }
                        """.formatted(ports.http(), ports.https(), tls.certificate, tls.key, v.app().port(),
                        setup.getValue()));
            }
        }
        nginx = NginxProcess.start(servers.toString(), all.stream().mapToInt(Integer::intValue).toArray());
    }

    @AfterAll
    static void stop() {
        if (nginx != null) {
            nginx.close();
        }
        VARIANTS.forEach(v -> v.app().close());
    }

    /** One hop of a chain: where it went and what came back. */
    record Hop(String scheme, String host, String target, String method, RawHttp.Response response) {
        @Override
        public String toString() {
            return method + " " + scheme + "://" + host + target + " -> " + response.status()
                    + (response.header("Location") == null ? "" : " " + response.header("Location"));
        }
    }

    @Test
    void everyChainEndsWithinItsHopLimitAndNeverLoops() throws Exception {
        int cells = 0;
        List<String> problems = new ArrayList<>();
        List<String> setups = new ArrayList<>(SETUPS.keySet());
        setups.add(0, "direct");
        for (Variant v : VARIANTS) {
            for (String setup : setups) {
                for (String host : List.of(APEX, WWW)) {
                    for (String scheme : List.of("http", "https")) {
                        if (setup.equals("direct") && scheme.equals("https")) {
                            continue; // the app itself speaks no TLS
                        }
                        for (String method : List.of("GET", "POST")) {
                            cells++;
                            List<Hop> chain = follow(v, setup, scheme, host, method);
                            String cell = v.name() + " " + setup + " " + method + " " + scheme + "://" + host + ": " + chain;
                            check(v, setup, chain, problems, cell);
                        }
                    }
                }
            }
        }
        assertThat(problems).isEmpty();
        assertThat(cells).isGreaterThanOrEqualTo(96);
    }

    private static void check(Variant v, String setup, List<Hop> chain, List<String> problems, String cell) {
        int redirects = chain.size() - 1;
        Hop last = chain.get(chain.size() - 1);
        if (isOurRedirect(last.response())) {
            problems.add("did not end within " + v.hopLimit() + " hops (or looped): " + cell);
            return;
        }
        if (redirects > v.hopLimit()) {
            problems.add("too many hops: " + cell);
        }
        Set<String> seen = new HashSet<>();
        for (Hop hop : chain) {
            if (!seen.add(hop.scheme() + "://" + hop.host() + hop.target() + " " + hop.method())) {
                problems.add("loop: " + cell);
            }
            String location = hop.response().header("Location");
            if (location != null) {
                URI uri = URI.create(location);
                if (!OURS.contains(uri.getHost()) || !"https".equals(uri.getScheme())
                        || !location.endsWith(PATH)) {
                    problems.add("bad Location " + location + ": " + cell);
                }
                int expected = hop.method().equals("GET") ? 301 : 308;
                if (hop.response().status() != expected) {
                    problems.add("status " + hop.response().status() + " for " + hop.method() + ": " + cell);
                }
                if (!"private".equals(hop.response().header("Cache-Control"))) {
                    problems.add("redirect cacheable by a shared cache: " + cell);
                }
            }
            boolean trustedHttps = v.trustsProxy() && hop.scheme().equals("https")
                    && (setup.equals("x-forwarded-proto") || setup.equals("forwarded"));
            if (trustedHttps != (hop.response().header("Strict-Transport-Security") != null)) {
                problems.add("HSTS " + (trustedHttps ? "missing" : "sent") + " on " + hop + ": " + cell);
            }
        }
        // Where the scheme is known for sure the chain must also reach the canonical HTTPS host.
        if (v.trustsProxy() && (setup.equals("x-forwarded-proto") || setup.equals("forwarded"))
                && !(last.scheme().equals("https") && last.host().equals(APEX))) {
            problems.add("did not end on https://" + APEX + ": " + cell);
        }
    }

    private static boolean isOurRedirect(RawHttp.Response r) {
        return (r.status() == 301 || r.status() == 308) && r.header("Location") != null;
    }

    /** Follows redirects ourselves, our hosts resolving to loopback: at most 5 hops. */
    private static List<Hop> follow(Variant v, String setup, String scheme, String host, String method)
            throws IOException {
        List<Hop> chain = new ArrayList<>();
        String target = PATH;
        for (int i = 0; i < 5; i++) {
            int port;
            if (setup.equals("direct")) {
                // Plain HTTP straight to the app; its HTTPS is terminated by the X-Forwarded-Proto proxy.
                port = scheme.equals("http") ? v.app().port() : PORTS.get(v.name() + "/x-forwarded-proto").https();
            } else {
                Ports ports = PORTS.get(v.name() + "/" + setup);
                port = scheme.equals("http") ? ports.http() : ports.https();
            }
            RawHttp.Response r = RawHttp.send(port, scheme.equals("https") ? tls.clientContext : null, host, method,
                    target, host);
            Hop hop = new Hop(scheme, host, target, method, r);
            chain.add(hop);
            if (!isOurRedirect(r)) {
                return chain;
            }
            URI next = URI.create(r.header("Location"));
            if (!OURS.contains(next.getHost())) {
                return chain; // reported by the caller
            }
            scheme = next.getScheme();
            host = next.getHost();
            target = next.getRawPath() + (next.getRawQuery() == null ? "" : "?" + next.getRawQuery());
        }
        return chain;
    }

    @Test
    void noHostPathOrForwardedTrickYieldsALocationOffOurHosts() throws Exception {
        List<String> hosts = List.of(APEX, WWW, "evil.example", APEX + "@evil.example", "evil.example:80",
                WWW + ".evil.example", "evil.example:443@" + APEX);
        List<String> targets = List.of("/", "//evil.example/", "/\\evil.example", "/%2F%2Fevil.example",
                "/%5C%5Cevil.example", "/%0d%0aLocation:%20https://evil.example", "http://evil.example/x",
                "/..//evil.example", "///evil.example/%2e%2e", "/@evil.example", "/%09/evil.example",
                "/pricing?next=//evil.example", "/%E3%80%82evil.example", "/;@evil.example");
        List<String[]> extras = List.of(new String[0], new String[] {"X-Forwarded-Host: evil.example"},
                new String[] {"Forwarded: host=evil.example;proto=http", "X-Forwarded-Host: evil.example:443"});
        Variant right = VARIANTS.get(0);
        Variant preload = VARIANTS.get(2);
        List<int[]> endpoints = List.of(new int[] {right.app().port()}, new int[] {VARIANTS.get(1).app().port()},
                new int[] {PORTS.get(right.name() + "/x-forwarded-proto").http()},
                new int[] {PORTS.get(preload.name() + "/x-forwarded-proto").http()});
        int requests = 0;
        int locations = 0;
        List<String> problems = new ArrayList<>();
        for (int[] endpoint : endpoints) {
            for (String host : hosts) {
                for (String target : targets) {
                    for (String[] extra : extras) {
                        requests++;
                        RawHttp.Response r = RawHttp.send(endpoint[0], null, null, "GET", target, host, extra);
                        for (String line : r.headerLines()) {
                            if (line.toLowerCase().startsWith("location:")) {
                                locations++;
                                String location = line.substring(9).strip();
                                String problem = offHost(location);
                                if (problem != null) {
                                    problems.add(problem + ": Host " + host + " target " + target + " "
                                            + List.of(extra) + " -> " + location);
                                }
                            }
                        }
                    }
                }
            }
        }
        assertThat(problems).isEmpty();
        assertThat(requests).isGreaterThanOrEqualTo(200);
        assertThat(locations).as("redirects among them").isGreaterThan(100);
    }

    private static String offHost(String location) {
        if (location.contains("\\") || location.chars().anyMatch(c -> c < 0x21 || c > 0x7e)) {
            return "unsafe characters";
        }
        URI uri;
        try {
            uri = URI.create(location);
        } catch (IllegalArgumentException e) {
            return "unparseable";
        }
        if (!"https".equals(uri.getScheme()) || !OURS.contains(uri.getHost()) || !OURS.contains(uri.getRawAuthority())) {
            return "off our hosts";
        }
        return uri.getRawPath() != null && uri.getRawPath().startsWith("/") ? null : "no path";
    }
}
