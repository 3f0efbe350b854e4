package dev.launchready.cache;

import java.util.List;

/**
 * Exact paths ({@code /account}, also {@code /account/}) and prefixes ({@code /account/**}), matched
 * on a decoded path, and on a raw one after the tricks a container undoes when it maps a request
 * ({@code /account;.css}, {@code /x/..;/account}, {@code //account}) are undone here too, so what the
 * container serves as the account page is private however it was spelled.
 */
final class PathList {

    private final String[] exact;
    private final String[] prefixes;

    PathList(List<String> patterns) {
        this.exact = patterns.stream().filter(p -> !p.endsWith("/**")).map(PathList::trim).toArray(String[]::new);
        this.prefixes = patterns.stream().filter(p -> p.endsWith("/**"))
                .map(p -> p.substring(0, p.length() - 3)).toArray(String[]::new);
    }

    boolean matches(String path) {
        if (path == null || (exact.length == 0 && prefixes.length == 0)) {
            return false;
        }
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

    boolean matchesRaw(String rawPath) {
        if (rawPath == null || (exact.length == 0 && prefixes.length == 0)) {
            return false;
        }
        return matches(clean(rawPath));
    }

    /**
     * Removes {@code ;params} from every segment, percent-decodes, collapses empty segments and
     * resolves {@code .} and {@code ..}. Only the common case (no {@code ;}, {@code %}, {@code //} or
     * dot segment) skips the work.
     */
    static String clean(String raw) {
        if (raw.indexOf(';') < 0 && raw.indexOf('%') < 0 && raw.indexOf("//") < 0 && raw.indexOf("/.") < 0) {
            return raw;
        }
        String decoded = decode(raw);
        String[] segments = decoded.split("/", -1);
        StringBuilder out = new StringBuilder();
        java.util.ArrayDeque<String> kept = new java.util.ArrayDeque<>();
        for (String segment : segments) {
            int semi = segment.indexOf(';');
            String s = semi >= 0 ? segment.substring(0, semi) : segment;
            if (s.isEmpty() || s.equals(".")) {
                continue;
            }
            if (s.equals("..")) {
                kept.pollLast();
            } else {
                kept.addLast(s);
            }
        }
        for (String s : kept) {
            out.append('/').append(s);
        }
        if (out.length() == 0 || decoded.endsWith("/")) {
            out.append('/');
        }
        return out.toString();
    }

    private static String decode(String raw) {
        if (raw.indexOf('%') < 0) {
            return raw;
        }
        StringBuilder sb = new StringBuilder(raw.length());
        for (int i = 0; i < raw.length(); i++) {
            char c = raw.charAt(i);
            if (c == '%' && i + 2 < raw.length() && hex(raw.charAt(i + 1)) >= 0 && hex(raw.charAt(i + 2)) >= 0) {
                sb.append((char) (hex(raw.charAt(i + 1)) * 16 + hex(raw.charAt(i + 2))));
                i += 2;
            } else {
                sb.append(c);
            }
        }
        return sb.toString();
    }

    private static int hex(char c) {
        return Character.digit(c, 16);
    }

    private static String trim(String path) {
        return path.length() > 1 && path.endsWith("/") ? path.substring(0, path.length() - 1) : path;
    }
}
