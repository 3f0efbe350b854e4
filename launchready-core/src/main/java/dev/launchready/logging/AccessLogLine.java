package dev.launchready.logging;

import dev.launchready.redact.Redactor;
import java.util.Locale;

/**
 * What one access log line says: {@code GET /members/{id} 200 3.1ms client=203.0.113.9 query="page=2"}.
 * The route is the framework's pattern when the adapter knows one; otherwise the path folded so that
 * no id, token or other data segment is ever written. The query string and the headers shown are
 * redacted, quoted and escaped (no line breaks can be injected).
 */
public final class AccessLogLine {

    /** The logger the adapters write the line to. */
    public static final String LOGGER = "launchready.access";

    static final int MAX_FIELD = 512;
    static final int MAX_SEGMENTS = 8;
    private static final int MAX_WORD = 32;

    private AccessLogLine() {
    }

    /**
     * The line for one request.
     *
     * @param route a pattern from the framework ({@code /members/{id}}, {@code /api/*}), or null to fold {@code path}
     * @param path the raw path below the context (used only when {@code route} is null)
     * @param query the raw query string or null
     * @param referer the {@code Referer} header or null
     * @param userAgent the {@code User-Agent} header or null
     */
    public static String format(Redactor redactor, String method, String route, String path, int status,
            long latencyNanos, String client, String query, String referer, String userAgent) {
        StringBuilder line = new StringBuilder(128);
        line.append(word(method)).append(' ').append(route != null ? clean(route) : fold(path)).append(' ')
                .append(status).append(' ')
                .append(String.format(Locale.ROOT, "%.1fms", latencyNanos / 1_000_000.0))
                .append(" client=").append(word(client));
        field(line, "query", query, redactor);
        field(line, "referer", referer, redactor);
        field(line, "ua", userAgent, redactor);
        return line.toString();
    }

    /**
     * A path with every segment that is not a plain word ({@code members}, {@code password-reset})
     * replaced by {@code {id}}: digits, long or encoded segments, tokens. At most eight segments.
     */
    public static String fold(String path) {
        if (path == null || path.isEmpty() || path.equals("/")) {
            return "/";
        }
        StringBuilder folded = new StringBuilder(path.length());
        int segments = 0;
        int start = path.charAt(0) == '/' ? 1 : 0;
        while (start <= path.length()) {
            int end = path.indexOf('/', start);
            if (end < 0) {
                end = path.length();
            }
            if (++segments > MAX_SEGMENTS) {
                folded.append("/…");
                break;
            }
            String segment = path.substring(start, end);
            folded.append('/').append(isWord(segment) || segment.isEmpty() ? segment : "{id}");
            start = end + 1;
            if (end == path.length()) {
                break;
            }
        }
        return folded.toString();
    }

    private static boolean isWord(String segment) {
        if (segment.length() > MAX_WORD) {
            return false;
        }
        for (int i = 0; i < segment.length(); i++) {
            char c = segment.charAt(i);
            boolean letter = (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z');
            if (!letter && !(i > 0 && (c == '-' || c == '_' || c == '.'))) {
                return false;
            }
        }
        return true;
    }

    private static void field(StringBuilder line, String name, String value, Redactor redactor) {
        if (value == null || value.isEmpty()) {
            return;
        }
        String shown = value.length() > MAX_FIELD ? value.substring(0, MAX_FIELD) + "…" : value;
        line.append(' ').append(name).append("=\"").append(escape(redactor.redact(shown))).append('"');
    }

    /** A token that must not carry spaces, quotes or line breaks (method, client address). */
    private static String word(String text) {
        if (text == null || text.isEmpty()) {
            return "-";
        }
        String cut = text.length() > 64 ? text.substring(0, 64) : text;
        StringBuilder out = new StringBuilder(cut.length());
        for (int i = 0; i < cut.length(); i++) {
            char c = cut.charAt(i);
            out.append(c <= ' ' || c == '"' || c == 0x7f ? '_' : c);
        }
        return out.toString();
    }

    /** A framework pattern: printed as is, minus anything that could break the line. */
    private static String clean(String route) {
        String cut = route.length() > MAX_FIELD ? route.substring(0, MAX_FIELD) : route;
        return word(cut.isEmpty() ? "/" : cut);
    }

    private static String escape(String text) {
        StringBuilder out = new StringBuilder(text.length() + 8);
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (c == '"' || c == '\\') {
                out.append('\\').append(c);
            } else if (c < ' ' || c == 0x7f) {
                out.append(String.format(Locale.ROOT, "\\x%02x", (int) c));
            } else {
                out.append(c);
            }
        }
        return out.toString();
    }
}
