package dev.launchready.servlet;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.http.HttpResponse;
import java.util.Map;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** The cache policy applied by the filter on a real Jetty, at whatever moment each response commits. */
class CacheHeadersIT {

    private static JettyApp app;

    @BeforeAll
    static void start() throws Exception {
        app = JettyApp.start(Map.of("launchready.health.drain-period", "0s"), EdgeApp::register);
    }

    @AfterAll
    static void stop() {
        app.close();
    }

    private static HttpResponse<String> get(String path, String... headers) throws Exception {
        return Http.get(app.uri(path), headers);
    }

    private static String header(HttpResponse<?> r, String name) {
        return r.headers().firstValue(name).orElse(null);
    }

    @Test
    void anonymousPageIsEdgeCacheable() throws Exception {
        HttpResponse<String> r = get("/page", "Cookie", "_ga=GA1.2.345; _gid=x");
        assertThat(r.body()).isEqualTo("public page");
        assertThat(header(r, "Cache-Control")).isEqualTo("public, max-age=0, s-maxage=60, stale-while-revalidate=30");
        assertThat(header(r, "CDN-Cache-Control")).isEqualTo("public, max-age=60, stale-while-revalidate=30");
        assertThat(header(r, "X-Accel-Expires")).isNull();
        assertThat(r.headers().allValues("Vary")).noneMatch(v -> v.toLowerCase().contains("cookie"));
    }

    @Test
    void aSessionCreatedNowMakesItPrivate() throws Exception {
        HttpResponse<String> r = get("/members");
        assertThat(header(r, "Set-Cookie")).startsWith("JSESSIONID");
        assertMember(r);
    }

    @Test
    void aSessionCookieATokenOrAnAppCookieMakeItPrivate() throws Exception {
        assertMember(get("/page", "Cookie", "JSESSIONID=expired-or-not"));
        assertMember(get("/page", "Authorization", "Bearer abc"));
        // The cookie comes after the first write, while the response is still open: decided again. The
        // public CDN-Cache-Control already passed on cannot be removed through the servlet API, so it is overwritten.
        HttpResponse<String> late = get("/late-cookie");
        assertThat(late.body()).isEqualTo("written first, cookie after");
        assertThat(header(late, "Cache-Control")).isEqualTo("private, no-store");
        assertThat(header(late, "X-Accel-Expires")).isEqualTo("0");
        assertThat(header(late, "CDN-Cache-Control")).isEqualTo("no-store");
    }

    @Test
    void memberLosesEveryPublicSignalTheAppSet() throws Exception {
        HttpResponse<String> r = get("/app-public", "Authorization", "Bearer abc");
        assertMember(r);
        assertThat(header(r, "CDN-Cache-Control")).isNull();
        assertThat(header(r, "Cloudflare-CDN-Cache-Control")).isNull();
        assertThat(header(r, "Surrogate-Control")).isNull();
        assertThat(header(r, "Expires")).isNull();
        // Anonymous: the app's own public choice is kept.
        assertThat(header(get("/app-public"), "Cache-Control")).isEqualTo("public, max-age=600");
        HttpResponse<String> noStore = get("/app-no-store");
        assertThat(header(noStore, "Cache-Control")).isEqualTo("no-store");
        assertThat(header(noStore, "X-Accel-Expires")).isEqualTo("0");
    }

    @Test
    void staticFilesByWhatServedThem() throws Exception {
        HttpResponse<String> asset = get("/static/app.3f9c0a1b2d.css", "Cookie", "JSESSIONID=abc");
        assertThat(header(asset, "Cache-Control")).isEqualTo("public, max-age=31536000, immutable");
        assertThat(header(get("/static/app.css"), "Cache-Control")).isEqualTo("public, max-age=600, must-revalidate");
        assertNotStored(get("/static/missing.3f9c0a1b2d.css"));
    }

    @Test
    void suffixesOnPrivatePathsAndRedirectsStayOutOfCaches() throws Exception {
        for (String path : new String[] {"/account/x.css", "/account;.css", "/x/../account/x.css", "/%61ccount/x.css"}) {
            assertNotStored(get(path));
        }
        // Jetty refuses an ambiguous "..;" segment itself (400, never reaching the app or us), with no-store too.
        HttpResponse<String> ambiguous = get("/static/..;/account/x.css");
        assertThat(ambiguous.statusCode()).isEqualTo(400);
        assertThat(header(ambiguous, "Cache-Control")).contains("no-store");
    }

    @Test
    void errorsAreNeverStored() throws Exception {
        HttpResponse<String> r = get("/boom");
        assertThat(r.statusCode()).isEqualTo(500);
        assertNotStored(r);
        assertNotStored(get("/nothing-here"));
    }

    @Test
    void aBodyLargerThanTheBufferArrivesWholeWithHeadersDecided() throws Exception {
        HttpResponse<byte[]> r = Http.CLIENT.send(java.net.http.HttpRequest.newBuilder(app.uri("/big")).build(),
                HttpResponse.BodyHandlers.ofByteArray());
        assertThat(r.body()).isEqualTo(EdgeApp.BIG);
        assertThat(header(r, "Cache-Control")).startsWith("public, max-age=0, s-maxage=60");
    }

    @Test
    void securityHeadersDoNotOverrideTheApps() throws Exception {
        HttpResponse<String> page = get("/page");
        assertThat(header(page, "X-Content-Type-Options")).isEqualTo("nosniff");
        assertThat(header(page, "Referrer-Policy")).isEqualTo("strict-origin-when-cross-origin");
        assertThat(header(page, "X-Frame-Options")).isEqualTo("DENY");
        assertThat(header(page, "Content-Security-Policy")).isEqualTo("frame-ancestors 'none'");
        assertThat(header(page, "Strict-Transport-Security")).as("plain HTTP").isNull();
        HttpResponse<String> own = get("/own-headers");
        assertThat(header(own, "X-Frame-Options")).isEqualTo("SAMEORIGIN");
        assertThat(header(own, "Content-Security-Policy")).isEqualTo("default-src 'self'");
    }

    @Test
    void hstsOnlyWhenATrustedProxySaysHttps() throws Exception {
        HttpResponse<String> r = get("/page", "X-Forwarded-Proto", "https");
        assertThat(header(r, "Strict-Transport-Security")).isEqualTo("max-age=31536000");
        assertThat(header(r, "Content-Security-Policy")).isEqualTo("frame-ancestors 'none'; upgrade-insecure-requests");
        HttpResponse<String> probe = get("/livez", "X-Forwarded-Proto", "https");
        assertThat(probe.statusCode()).isEqualTo(200);
        assertThat(header(probe, "Strict-Transport-Security")).isEqualTo("max-age=31536000");
        assertThat(header(probe, "Cache-Control")).isEqualTo("no-store");
        assertThat(header(get("/livez"), "Strict-Transport-Security")).isNull();
    }

    /** Jetty's error handler writes its own "must-revalidate,no-cache,no-store" after a sendError: no-store either way. */
    private static void assertNotStored(HttpResponse<?> r) {
        assertThat(header(r, "Cache-Control")).as(r.uri().toString()).contains("no-store");
        assertThat(header(r, "X-Accel-Expires")).as(r.uri().toString()).isEqualTo("0");
    }

    private static void assertMember(HttpResponse<?> r) {
        assertThat(header(r, "Cache-Control")).isEqualTo("private, no-store");
        assertThat(header(r, "X-Accel-Expires")).isEqualTo("0");
        assertThat(header(r, "CDN-Cache-Control")).isNull();
    }
}
