package dev.launchready.ratelimit;

import java.util.List;

/**
 * Exact paths ({@code /login}, also matching {@code /login/}) and prefixes ({@code /account/**}).
 * Matched against the container's decoded, normalised path (servlet path plus path info), so
 * {@code /login;x=1} and {@code /%6Cogin} cannot slip past: the container maps them to the same servlet.
 */
final class PathPatterns {

    private final String[] exact;
    private final String[] prefixes;

    PathPatterns(List<String> patterns) {
        this.exact = patterns.stream().filter(p -> !p.endsWith("/**")).map(PathPatterns::trim).toArray(String[]::new);
        this.prefixes = patterns.stream().filter(p -> p.endsWith("/**"))
                .map(p -> p.substring(0, p.length() - 3)).toArray(String[]::new);
    }

    boolean matches(String path) {
        String p = trim(path);
        for (String e : exact) {
            if (e.equals(p)) {
                return true;
            }
        }
        for (String prefix : prefixes) {
            if (p.startsWith(prefix) && (p.length() == prefix.length() || p.charAt(prefix.length()) == '/')) {
                return true;
            }
        }
        return false;
    }

    private static String trim(String path) {
        return path.length() > 1 && path.endsWith("/") ? path.substring(0, path.length() - 1) : path;
    }
}
