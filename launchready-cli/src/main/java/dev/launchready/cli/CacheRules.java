package dev.launchready.cli;

/** What the cache headers of a public page, an asset and a member page must say. */
final class CacheRules {

    static final long ASSET_MIN_SECONDS = 86_400;

    private CacheRules() {
    }

    /** A member page: never stored by a shared cache. Anything less than private/no-store is a fail. */
    static Finding member(String url, int status, CacheControl cc, boolean hasExpires) {
        String seen = "HTTP " + status + ", Cache-Control: " + cc;
        if (cc.has("private") || cc.has("no-store")) {
            if (cc.has("s-maxage") || cc.has("public")) {
                return Finding.fail("cache.member", url, seen + " (contradictory: a cache may honour public/s-maxage)",
                        "Send only \"Cache-Control: private, no-store\" on member pages.");
            }
            return Finding.pass("cache.member", url, seen);
        }
        String why = cc.storableByOthers(hasExpires)
                ? "a CDN or proxy may store this member's page and serve it to the next visitor"
                : "without private/no-store, caches apply their own defaults (heuristic freshness, 'cache everything' rules)";
        return Finding.fail("cache.member", url, seen + ": " + why,
                "Send \"Cache-Control: private, no-store\" on every response for a signed-in member.");
    }

    /** A public page: may be cached, but never together with a Set-Cookie a cache would replay. */
    static Finding publicPage(String url, CacheControl cc, boolean hasExpires, boolean setsCookie) {
        String seen = "Cache-Control: " + cc + (setsCookie ? ", with Set-Cookie" : "");
        if (setsCookie && cc.storableByOthers(hasExpires)) {
            return Finding.fail("cache.public", url, seen + ": a cache can replay one visitor's cookie to all",
                    "Do not set cookies on cacheable public pages, or mark those responses private.");
        }
        return Finding.pass("cache.public", url, seen + (cc.storableByOthers(hasExpires) ? " (edge-cacheable)"
                : " (not cached at the edge)"));
    }

    /** A static asset: should be cacheable for a day or more, ideally immutable with a fingerprinted name. */
    static Finding asset(String url, CacheControl cc) {
        String seen = "Cache-Control: " + cc;
        long lifetime = Math.max(cc.seconds("max-age"), cc.seconds("s-maxage"));
        if (cc.keepsOutOfSharedCaches() || lifetime < ASSET_MIN_SECONDS) {
            return Finding.warn("cache.asset", url, seen + ": every visit fetches it from the origin again",
                    "Serve fingerprinted assets with \"Cache-Control: public, max-age=31536000, immutable\".");
        }
        return Finding.pass("cache.asset", url, seen);
    }
}
