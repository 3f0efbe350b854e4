/**
 * Which cache headers a response gets, so an edge cache (nginx, Cloudflare, Varnish, Fastly) stores
 * public pages and assets and never a member's response.
 *
 * <p>The way in is {@link dev.launchready.cache.CachePolicy#of}, then
 * {@link dev.launchready.cache.CachePolicy#decide} once per response, just before it commits; the
 * answer is a {@link dev.launchready.cache.CacheDecision} the servlet adapter writes. What served the
 * response ({@link dev.launchready.cache.Served}) decides "public asset", never the URL's suffix.
 */
package dev.launchready.cache;
