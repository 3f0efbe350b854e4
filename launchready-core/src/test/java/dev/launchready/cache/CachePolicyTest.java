package dev.launchready.cache;

import static org.assertj.core.api.Assertions.assertThat;

import dev.launchready.cache.CacheDecision.Kind;
import dev.launchready.config.CacheSettings;
import dev.launchready.config.LaunchReadySettings;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class CachePolicyTest {

    private final CachePolicy policy = CachePolicy.of(CacheSettings.defaults());

    private static CacheRequest get(String path, Served served, boolean member, boolean cookie, String appCc) {
        return new CacheRequest("GET", path, path, 200, served, member, cookie, appCc);
    }

    @Test
    void anonymousPageIsCachedAtTheEdgeAndRevalidatedByBrowsers() {
        CacheDecision d = policy.decide(get("/pricing", Served.APP, false, false, null));
        assertThat(d.kind()).isEqualTo(Kind.PUBLIC_PAGE);
        assertThat(d.cacheControl()).isEqualTo("public, max-age=0, s-maxage=60, stale-while-revalidate=30");
        assertThat(d.cdnCacheControl()).isEqualTo("public, max-age=60, stale-while-revalidate=30");
        assertThat(d.cloudflareCdnCacheControl()).isNull();
        assertThat(d.neverStore()).isFalse();
    }

    @Test
    void cloudflareTargetedHeaderWhenSet() {
        CachePolicy cf = CachePolicy.of(LaunchReadySettings.from(Map.of(
                "launchready.cache.cloudflare-cdn-cache-control", "true", "launchready.cache.cdn-cache-control", "false",
                "launchready.cache.page-edge-ttl", "5m")::get).edge().cache());
        CacheDecision d = cf.decide(get("/", Served.APP, false, false, null));
        assertThat(d.cdnCacheControl()).isNull();
        assertThat(d.cloudflareCdnCacheControl()).isEqualTo("public, max-age=300, stale-while-revalidate=30");
    }

    @Test
    void memberSignalsMakeEveryAppResponsePrivateWhateverTheAppSet() {
        for (String app : new String[] {null, "public, max-age=600", "s-maxage=60", "no-cache"}) {
            CacheDecision d = policy.decide(get("/members", Served.APP, true, false, app));
            assertThat(d.kind()).isEqualTo(Kind.MEMBER);
            assertThat(d.cacheControl()).isEqualTo("private, no-store");
            assertThat(d.neverStore()).isTrue();
        }
        assertThat(policy.decide(get("/", Served.APP, false, true, "public, max-age=60")).kind()).isEqualTo(Kind.MEMBER);
    }

    @Test
    void fingerprintedAssetsAreImmutableForEveryoneAndOtherStaticFilesRevalidate() {
        assertThat(policy.decide(get("/assets/app.3f9c0a1b2d.css", Served.STATIC_FILE, true, false, null)).cacheControl())
                .isEqualTo("public, max-age=31536000, immutable");
        assertThat(policy.decide(get("/assets/logo.svg", Served.FINGERPRINTED_ASSET, false, false, null)).kind())
                .isEqualTo(Kind.IMMUTABLE_ASSET);
        assertThat(policy.decide(get("/favicon.ico", Served.STATIC_FILE, false, false, null)).cacheControl())
                .isEqualTo("public, max-age=600, must-revalidate");
        assertThat(policy.decide(get("/assets/settings.css", Served.STATIC_FILE, false, false, null)).kind())
                .isEqualTo(Kind.STATIC_FILE);
        assertThat(policy.decide(get("/files/report2024final.pdf", Served.STATIC_FILE, false, false, null)).kind())
                .isEqualTo(Kind.STATIC_FILE);
    }

    @Test
    void aStaticFileSettingACookieOrOnAPrivatePathIsPrivate() {
        assertThat(policy.decide(get("/assets/app.3f9c0a1b2d.css", Served.STATIC_FILE, false, true, null)).kind())
                .isEqualTo(Kind.MEMBER);
        assertThat(policy.decide(get("/account/export.3f9c0a1b2d.csv", Served.STATIC_FILE, false, false, null)).kind())
                .isEqualTo(Kind.MEMBER);
    }

    /** Web cache deception: a suffix never makes a response public; only what served it does. */
    @ParameterizedTest
    @ValueSource(strings = {"/account/x.css", "/account;.css", "/account/..;/account", "/x/..;/account",
        "/%61ccount/x.js", "//account/a.png", "/./account/b.jpg", "/account%2Fx.css", "/ACCOUNT/../account/x.woff2"})
    void suffixTricksOnPrivatePathsStayPrivate(String raw) {
        CacheDecision d = policy.decide(new CacheRequest("GET", raw, "/something/else", 200, Served.APP, false, false,
                null));
        assertThat(d.kind()).as(raw).isEqualTo(Kind.MEMBER);
    }

    @Test
    void suffixAloneNeverMakesAnAppResponseAnAsset() {
        // The member feed requested as /members;.css: the container served the feed (Served.APP) to a member.
        assertThat(policy.decide(new CacheRequest("GET", "/members;.css", "/members", 200, Served.APP, true, false,
                null)).kind()).isEqualTo(Kind.MEMBER);
    }

    @ParameterizedTest
    @ValueSource(ints = {201, 204, 301, 302, 303, 307, 308, 400, 401, 403, 404, 405, 429, 500, 502, 503})
    void statusesOtherThan200And304AreNeverStored(int status) {
        CacheDecision d = policy.decide(new CacheRequest("GET", "/", "/", status, Served.APP, false, false,
                "public, max-age=600"));
        assertThat(d.kind()).isEqualTo(Kind.NOT_STORED);
        assertThat(d.cacheControl()).isEqualTo("no-store");
        assertThat(d.neverStore()).isTrue();
        assertThat(policy.decide(new CacheRequest("GET", "/assets/a.3f9c0a1b2d.js", "/assets/a.3f9c0a1b2d.js",
                status, Served.STATIC_FILE, false, false, null)).kind()).isEqualTo(Kind.NOT_STORED);
    }

    @ParameterizedTest
    @ValueSource(strings = {"POST", "PUT", "DELETE", "PATCH", "OPTIONS", "get"})
    void otherMethodsAreNeverStored(String method) {
        assertThat(policy.decide(new CacheRequest(method, "/", "/", 200, Served.APP, false, false, null)).kind())
                .isEqualTo(Kind.NOT_STORED);
    }

    @Test
    void theAppMayMakeAnAnonymousResponseMorePrivateOrChooseItsOwnTtl() {
        CacheDecision noStore = policy.decide(get("/", Served.APP, false, false, "no-store"));
        assertThat(noStore.cacheControl()).isNull();
        assertThat(noStore.neverStore()).isTrue();
        CacheDecision own = policy.decide(get("/", Served.APP, false, false, "public, max-age=5"));
        assertThat(own.kind()).isEqualTo(Kind.APP_CHOICE);
        assertThat(own.cacheControl()).isNull();
        assertThat(own.neverStore()).isFalse();
    }

    @Test
    void springSecuritysBlanketDefaultDoesNotStopPublicCaching() {
        assertThat(policy.decide(get("/", Served.APP, false, false, CachePolicy.SPRING_SECURITY_DEFAULT)).kind())
                .isEqualTo(Kind.PUBLIC_PAGE);
    }

    @Test
    void springSecuritysThreeHeadersAreRecognisedOnlyExactly() {
        assertThat(CachePolicy.springSecurityDefaults(CachePolicy.SPRING_SECURITY_DEFAULT, "no-cache", "0")).isTrue();
        assertThat(CachePolicy.springSecurityDefaults("no-cache", "no-cache", "0")).isFalse();
        assertThat(CachePolicy.springSecurityDefaults(CachePolicy.SPRING_SECURITY_DEFAULT, null, "0")).isFalse();
        assertThat(CachePolicy.springSecurityDefaults(CachePolicy.SPRING_SECURITY_DEFAULT, "no-cache", "-1")).isFalse();
    }

    @Test
    void zeroEdgeTtlKeepsPagesOutOfSharedCaches() {
        CachePolicy none = CachePolicy.of(LaunchReadySettings.from(Map.of("launchready.cache.page-edge-ttl", "0s")::get)
                .edge().cache());
        CacheDecision d = none.decide(get("/", Served.APP, false, false, null));
        assertThat(d.cacheControl()).isEqualTo("no-cache");
        assertThat(d.neverStore()).isTrue();
    }

    @Test
    void sessionCookiesByName() {
        assertThat(policy.hasSessionCookie("JSESSIONID=abc")).isTrue();
        assertThat(policy.hasSessionCookie("_ga=GA1.2.3; JSESSIONID = abc")).isTrue();
        assertThat(policy.hasSessionCookie("_ga=1;SESSION=x")).isTrue();
        assertThat(policy.hasSessionCookie("_ga=GA1.2.3; XJSESSIONID=abc; theme=JSESSIONID")).isFalse();
        assertThat(policy.hasSessionCookie(null)).isFalse();
        assertThat(policy.hasSessionCookie("")).isFalse();
    }

    @Test
    void fingerprints() {
        assertThat(Fingerprints.in("/assets/app.3f9c0a1b2d.css")).isTrue();
        assertThat(Fingerprints.in("/assets/index-BxD3k9aZ.js")).isTrue();
        assertThat(Fingerprints.in("/assets/chunk_1a2b3c4d.js")).isTrue();
        assertThat(Fingerprints.in("/assets/app.css")).isFalse();
        assertThat(Fingerprints.in("/assets/3f9c0a1b2d.css")).isFalse();
        assertThat(Fingerprints.in("/a/app.min.css")).isFalse();
        assertThat(Fingerprints.in("/a/font.woff2")).isFalse();
        assertThat(Fingerprints.in("/a/x.abcdefgh12")).isFalse();
    }

    @Test
    void pathCleaning() {
        assertThat(PathList.clean("/a;x=1/b;.css")).isEqualTo("/a/b");
        assertThat(PathList.clean("/a/../../b")).isEqualTo("/b");
        assertThat(PathList.clean("/a/%2e%2e/b")).isEqualTo("/b");
        assertThat(PathList.clean("//a//b/")).isEqualTo("/a/b/");
        assertThat(PathList.clean("/plain")).isEqualTo("/plain");
    }
}
