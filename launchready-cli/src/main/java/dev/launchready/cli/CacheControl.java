package dev.launchready.cli;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * Cache rules the audit applies (RFC 9111): what a shared cache (a CDN, nginx {@code proxy_cache})
 * may do with a response. Kept here until the cache/HTTPS issue puts its header rules into core.
 */
record CacheControl(Map<String, String> directives) {

    static CacheControl parse(List<String> headerValues) {
        Map<String, String> directives = new LinkedHashMap<>();
        for (String value : headerValues) {
            for (String part : value.split(",")) {
                String directive = part.trim();
                if (directive.isEmpty()) {
                    continue;
                }
                int eq = directive.indexOf('=');
                String name = (eq < 0 ? directive : directive.substring(0, eq)).trim().toLowerCase(Locale.ROOT);
                String argument = eq < 0 ? "" : directive.substring(eq + 1).trim().replace("\"", "");
                directives.putIfAbsent(name, argument);
            }
        }
        return new CacheControl(directives);
    }

    boolean has(String directive) {
        return directives.containsKey(directive);
    }

    /** Seconds, or -1 when absent or not a number. */
    long seconds(String directive) {
        try {
            return has(directive) ? Long.parseLong(directives.get(directive)) : -1;
        } catch (NumberFormatException e) {
            return -1;
        }
    }

    /** Whether a shared cache must not store or reuse it for someone else. */
    boolean keepsOutOfSharedCaches() {
        return has("no-store") || has("private") || (has("no-cache") && !has("s-maxage"));
    }

    /**
     * Whether a shared cache may store it and serve it to others: an explicit lifetime or {@code public},
     * without {@code private}/{@code no-store}. Expires alone also counts (the caller passes it).
     */
    boolean storableByOthers(boolean hasExpires) {
        if (has("no-store") || has("private")) {
            return false;
        }
        return has("public") || seconds("s-maxage") > 0 || seconds("max-age") > 0 || hasExpires && !has("max-age");
    }

    @Override
    public String toString() {
        return directives.isEmpty() ? "(no Cache-Control)" : String.join(", ", directives.entrySet().stream()
                .map(e -> e.getValue().isEmpty() ? e.getKey() : e.getKey() + "=" + e.getValue()).toList());
    }
}
