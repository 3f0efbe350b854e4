package dev.launchready.config;

import java.time.Duration;
import java.util.function.Function;

/**
 * What the responses tell caches and browsers: cache headers, the HTTPS baseline and the security
 * headers, read and cross-checked together.
 *
 * @param cache {@code launchready.cache.*}
 * @param https {@code launchready.https.*}
 * @param headers {@code launchready.headers.*}
 */
public record EdgeSettings(CacheSettings cache, HttpsSettings https, HeaderSettings headers) {

    static EdgeSettings read(Function<String, String> lookup) {
        CacheSettings cache = new CacheSettings(Keys.CACHE_ENABLED.read(lookup), Keys.CACHE_PRIVATE_PATHS.read(lookup),
                Keys.CACHE_SESSION_COOKIES.read(lookup), Keys.CACHE_PAGE_EDGE_TTL.read(lookup),
                Keys.CACHE_PAGE_STALE.read(lookup), Keys.CACHE_STATIC_TTL.read(lookup),
                Keys.CACHE_CDN_CACHE_CONTROL.read(lookup), Keys.CACHE_CLOUDFLARE_CDN_CACHE_CONTROL.read(lookup));
        HttpsSettings https = new HttpsSettings(Keys.HTTPS_HSTS.read(lookup), Keys.HTTPS_HSTS_MAX_AGE.read(lookup),
                Keys.HTTPS_INCLUDE_SUBDOMAINS.read(lookup), Keys.HTTPS_PRELOAD.read(lookup),
                Keys.HTTPS_REDIRECT.read(lookup), Keys.HTTPS_HOST.read(lookup), Keys.HTTPS_ALIASES.read(lookup),
                Keys.HTTPS_PORT.read(lookup), Keys.HTTPS_EXEMPT_PATHS.read(lookup));
        HeaderSettings headers = new HeaderSettings(Keys.HEADERS_CONTENT_TYPE_OPTIONS.read(lookup),
                Keys.HEADERS_REFERRER_POLICY.read(lookup), Keys.HEADERS_FRAME_OPTIONS.read(lookup),
                Keys.HEADERS_UPGRADE_INSECURE_REQUESTS.read(lookup), Keys.HEADERS_OVERRIDE.read(lookup));
        String preload = Keys.HTTPS_PRELOAD.name();
        if (https.preload()) {
            // What hstspreload.org checks; a preload list entry without them is refused anyway.
            if (!https.hsts()) {
                throw new InvalidSettingException(preload, "needs " + Keys.HTTPS_HSTS.name() + "=true");
            }
            if (!https.includeSubDomains()) {
                throw new InvalidSettingException(preload, "needs " + Keys.HTTPS_INCLUDE_SUBDOMAINS.name() + "=true");
            }
            if (https.hstsMaxAge().compareTo(Duration.ofDays(365)) < 0) {
                throw new InvalidSettingException(preload, "needs " + Keys.HTTPS_HSTS_MAX_AGE.name()
                        + " of at least 365d");
            }
        }
        if (https.host().isPresent() && https.aliases().contains(https.host().get())) {
            throw new InvalidSettingException(Keys.HTTPS_ALIASES.name(), "lists the canonical host "
                    + https.host().get() + " itself, which would redirect to itself");
        }
        if (!https.aliases().isEmpty() && https.host().isEmpty()) {
            throw new InvalidSettingException(Keys.HTTPS_ALIASES.name(), "needs " + Keys.HTTPS_HOST.name()
                    + " (the host they redirect to)");
        }
        return new EdgeSettings(cache, https, headers);
    }
}
