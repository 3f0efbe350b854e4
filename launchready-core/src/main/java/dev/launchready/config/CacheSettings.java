package dev.launchready.config;

import java.time.Duration;
import java.util.List;

/**
 * Which cache headers responses get ({@code launchready.cache.*}).
 *
 * @param enabled whether the cache policy is applied at all
 * @param privatePaths paths whose responses are never cached by a shared cache, whoever asks
 *     ({@code /account/**} for a prefix)
 * @param sessionCookies request cookies that make a request a member's (the container's session cookie,
 *     Spring Session's, remember-me)
 * @param pageEdgeTtl how long an edge cache may keep an anonymous public page ({@code s-maxage}); zero:
 *     pages are not cached at the edge
 * @param pageStaleWhileRevalidate how long an edge may serve a page while it fetches a fresh one
 * @param staticTtl how long a static file without a fingerprint may be cached before revalidation
 * @param cdnCacheControl whether public pages also get {@code CDN-Cache-Control} (RFC 9213)
 * @param cloudflareCdnCacheControl whether public pages also get {@code Cloudflare-CDN-Cache-Control}
 */
public record CacheSettings(boolean enabled, List<String> privatePaths, List<String> sessionCookies,
        Duration pageEdgeTtl, Duration pageStaleWhileRevalidate, Duration staticTtl, boolean cdnCacheControl,
        boolean cloudflareCdnCacheControl) {

    public CacheSettings {
        privatePaths = List.copyOf(privatePaths);
        sessionCookies = List.copyOf(sessionCookies);
    }

    /** All defaults. */
    public static CacheSettings defaults() {
        return LaunchReadySettings.defaults().edge().cache();
    }
}
