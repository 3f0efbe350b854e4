package dev.launchready.cache;

/**
 * The cache headers for one response.
 *
 * @param kind why
 * @param cacheControl the {@code Cache-Control} to send; null keeps the app's own
 * @param cdnCacheControl the {@code CDN-Cache-Control} to send, or null for none
 * @param cloudflareCdnCacheControl the {@code Cloudflare-CDN-Cache-Control} to send, or null for none
 * @param neverStore whether every shared cache must be kept off it: then {@code X-Accel-Expires: 0} is
 *     sent and any {@code CDN-Cache-Control}, {@code Cloudflare-CDN-Cache-Control},
 *     {@code Surrogate-Control} and {@code Expires} removed (each cache obeys a different one)
 * @param dropExpires whether the app's {@code Expires} and {@code Pragma} go (they would contradict a
 *     public {@code Cache-Control} in older caches)
 */
public record CacheDecision(Kind kind, String cacheControl, String cdnCacheControl, String cloudflareCdnCacheControl,
        boolean neverStore, boolean dropExpires) {

    /** Why a response got its headers. */
    public enum Kind {
        /** A member's request or response, or a private path: {@code private, no-store}. */
        MEMBER,
        /** Not a cacheable answer (errors, 429, redirects, other methods): {@code no-store}. */
        NOT_STORED,
        /** A fingerprinted asset: {@code public, max-age=31536000, immutable}. */
        IMMUTABLE_ASSET,
        /** Another static file: a short public TTL, then revalidation. */
        STATIC_FILE,
        /** An anonymous public page: cached at the edge, revalidated by browsers. */
        PUBLIC_PAGE,
        /** An anonymous response whose own {@code Cache-Control} the app chose; kept. */
        APP_CHOICE
    }
}
