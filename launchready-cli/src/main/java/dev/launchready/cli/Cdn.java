package dev.launchready.cli;

import java.util.Locale;
import java.util.Optional;

/** Which CDN or caching proxy answered, recognised by the headers it adds. */
final class Cdn {

    private Cdn() {
    }

    static Optional<String> detect(HttpResponse response) {
        String server = lower(response.header("server"));
        if (response.header("cf-ray") != null || server.equals("cloudflare")) {
            return Optional.of("Cloudflare (cf-ray)");
        }
        if (response.header("x-amz-cf-id") != null) {
            return Optional.of("Amazon CloudFront (x-amz-cf-id)");
        }
        if (response.header("x-served-by") != null && lower(response.header("x-served-by")).contains("cache-")) {
            return Optional.of("Fastly (x-served-by)");
        }
        if (response.header("x-akamai-transformed") != null || server.contains("akamai")) {
            return Optional.of("Akamai");
        }
        if (response.header("x-vercel-cache") != null || response.header("x-vercel-id") != null) {
            return Optional.of("Vercel edge");
        }
        if (response.header("x-nf-request-id") != null) {
            return Optional.of("Netlify edge");
        }
        if (response.header("x-azure-ref") != null) {
            return Optional.of("Azure Front Door");
        }
        if (response.header("cdn-cache") != null || response.header("x-cdn") != null) {
            return Optional.of("a CDN (" + (response.header("x-cdn") != null ? "x-cdn" : "cdn-cache") + ")");
        }
        String cache = response.header("x-cache");
        if (cache != null) {
            return Optional.of("a caching proxy (X-Cache: " + cache + ")");
        }
        String via = response.header("via");
        if (via != null) {
            return Optional.of("a proxy (Via: " + via + ")");
        }
        return Optional.empty();
    }

    private static String lower(String value) {
        return value == null ? "" : value.toLowerCase(Locale.ROOT).trim();
    }
}
