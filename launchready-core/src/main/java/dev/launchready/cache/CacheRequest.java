package dev.launchready.cache;

/**
 * The facts about one exchange the cache policy needs, gathered by the adapter when the response commits.
 *
 * @param method the request method
 * @param rawPath the request path as sent, below the context path, not decoded ({@code /members;.css})
 * @param path the container's decoded, normalised path (servlet path plus path info), or the raw path
 * @param status the response status
 * @param served what produced the response
 * @param memberRequest whether the request belongs to a member: a session (also one created now or a
 *     session cookie sent), an {@code Authorization} header, or an authenticated principal
 * @param setsCookie whether the response sets a cookie
 * @param appCacheControl the {@code Cache-Control} the app (or its framework) set, or null
 */
public record CacheRequest(String method, String rawPath, String path, int status, Served served,
        boolean memberRequest, boolean setsCookie, String appCacheControl) {
}
