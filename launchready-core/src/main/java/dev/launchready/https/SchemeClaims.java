package dev.launchready.https;

import java.util.List;
import java.util.function.Function;

/**
 * What a request's forwarding headers say about the visitor's scheme, whoever sent them. Believing an
 * untrusted https claim costs only a redirect not made; ignoring it is what makes loops.
 */
public enum SchemeClaims {
    /** Some header claims https ({@code X-Forwarded-Proto}, {@code Forwarded proto=}, {@code CF-Visitor}, {@code X-Forwarded-Ssl: on}). */
    HTTPS,
    /** A header says http, and none says https. */
    HTTP,
    /** Proxy headers ({@code X-Forwarded-For}, {@code Forwarded}, {@code X-Real-IP}, {@code Via}, ...) but no scheme. */
    PROXY_WITHOUT_SCHEME,
    /** No proxy header at all: a direct visitor, or a proxy that says nothing. */
    NONE;

    private static final List<String> PROXY_HEADERS = List.of("X-Forwarded-For", "Forwarded", "X-Real-IP", "Via",
            "X-Forwarded-Host", "X-Forwarded-Port", "CF-Connecting-IP", "True-Client-IP", "CF-Ray");

    /** @param headers every value of a header name, or an empty list (or null) when absent */
    public static SchemeClaims of(Function<String, List<String>> headers) {
        List<String> proto = headers.apply("X-Forwarded-Proto");
        List<String> forwarded = headers.apply("Forwarded");
        if (any(proto, "https") || any(forwarded, "https")) {
            return HTTPS; // the usual proxy's answer: no further header is read
        }
        List<String> visitor = headers.apply("CF-Visitor");
        if (any(visitor, "https") || on(headers.apply("X-Forwarded-Ssl")) || on(headers.apply("Front-End-Https"))) {
            return HTTPS;
        }
        if (any(proto, "http") || any(forwarded, "proto=http") || any(visitor, "http")) {
            return HTTP;
        }
        for (String name : PROXY_HEADERS) {
            List<String> values = headers.apply(name);
            if (values != null && !values.isEmpty()) {
                return PROXY_WITHOUT_SCHEME;
            }
        }
        return NONE;
    }

    private static boolean any(List<String> values, String word) {
        if (values != null) {
            for (String v : values) {
                if (v != null && containsIgnoreCase(v, word)) {
                    return true;
                }
            }
        }
        return false;
    }

    private static boolean on(List<String> values) {
        if (values != null) {
            for (String v : values) {
                if (v != null && v.strip().equalsIgnoreCase("on")) {
                    return true;
                }
            }
        }
        return false;
    }

    private static boolean containsIgnoreCase(String text, String word) {
        for (int i = 0; i + word.length() <= text.length(); i++) {
            if (text.regionMatches(true, i, word, 0, word.length())) {
                return true;
            }
        }
        return false;
    }
}
