package dev.launchready.redact;

import java.util.Locale;

/**
 * Redaction of a log message read only around its arguments, when the rest of it is a template
 * already found clean. Why this is enough: every detector reads from a keyword or candidate a
 * bounded stretch that does not cross whitespace (tokens, URLs, emails, JWTs, key names, digit
 * groups of cards and IBANs), or crosses it only a short way forward from a keyword (a key's
 * separator, quotes and {@code Authorization} scheme: under 64 chars) or far forward (quoted
 * values, cookie lists, PEM bodies, {@code mysql -p}). So a window takes the argument, the
 * non-whitespace runs touching it, {@link #MARGIN} chars each side, then whole words and whole
 * whitespace runs out to a space that is not between two digits or capitals (a card or IBAN
 * group), plus the space before it (keywords such as {@code " -u "} begin with one) and two chars
 * after its end. A detector that read into those last two chars may have gone on in the whole
 * line: then the whole line is read instead. Templates that name a far-reaching detector
 * themselves never get windows ({@link #fit}).
 */
final class Windows {

    /** Chars of context each side: a key's end to its value is at most ~50 (quotes, spaces, {@code =>}, a scheme word). */
    static final int MARGIN = 64;

    /** Words whose detector reads to the end of the line or a whole block, wherever its keyword sits. */
    private static final String[] FAR = {"-----", "mysql", "mariadb", "redis-cli", "cookie"};

    private Windows() {
    }

    /** Whether the text around a template's arguments can be read in windows: one line, no far-reaching keyword. */
    static boolean fit(CharSequence template) {
        String lower = template.toString().toLowerCase(Locale.ROOT);
        if (lower.indexOf('\n') >= 0 || lower.indexOf('\r') >= 0) {
            return false;
        }
        for (String word : FAR) {
            if (lower.contains(word)) {
                return false;
            }
        }
        return true;
    }

    /**
     * {@code text} redacted, reading only the windows around {@code spans} ({@code count} argument
     * offset pairs, in order); null when a window cannot be shown to suffice (the caller reads the
     * whole line). Overwrites {@code spans} with the windows.
     */
    static String redact(Engine engine, String text, int[] spans, int count) {
        int windows = widen(text, spans, count);
        int n = text.length();
        if (windows == 1 && spans[0] == 0 && spans[1] == n) {
            return null;
        }
        StringBuilder out = null;
        int at = 0;
        for (int w = 0; w < windows; w++) {
            int from = spans[2 * w];
            int to = spans[2 * w + 1];
            Scan s = engine.scan(text, from, to);
            try {
                if (to < n && s.window.farthest >= to - from - 1) {
                    return null; // a detector read past the window's last space: it may have gone on
                }
                if (s.count == 0) {
                    continue;
                }
                s.merge();
                if (out == null) {
                    out = new StringBuilder(n + 16 * s.count);
                }
                out.append(text, at, from);
                engine.render(s, out);
                at = to;
            } finally {
                engine.done(s);
            }
        }
        if (out == null) {
            return text;
        }
        return out.append(text, at, n).toString();
    }

    /** Turns the argument spans into windows in place, overlapping ones merged; returns how many. */
    static int widen(String text, int[] spans, int count) {
        int n = text.length();
        int windows = 0;
        for (int i = 0; i < count; i++) {
            int from = start(text, spans[2 * i]);
            int to = end(text, spans[2 * i + 1], n);
            if (windows > 0 && from <= spans[2 * windows - 1]) {
                spans[2 * windows - 1] = Math.max(spans[2 * windows - 1], to);
            } else {
                spans[2 * windows] = from;
                spans[2 * windows + 1] = to;
                windows++;
            }
        }
        return windows;
    }

    private static int start(String text, int at) {
        int p = at;
        while (p > 0 && !space(text.charAt(p - 1))) {
            p--;
        }
        p = Math.max(0, p - MARGIN);
        while (p > 0 && !(space(text.charAt(p - 1)) && !space(text.charAt(p)) && !group(text, p - 1))) {
            p--;
        }
        return p > 0 ? p - 1 : 0;
    }

    private static int end(String text, int at, int n) {
        int p = at;
        while (p < n && !space(text.charAt(p))) {
            p++;
        }
        p = Math.min(n, p + MARGIN);
        while (p < n && !(space(text.charAt(p)) && p > 0 && !space(text.charAt(p - 1)) && !group(text, p))) {
            p++;
        }
        return Math.min(n, p + 2);
    }

    private static boolean space(char c) {
        return c <= ' ';
    }

    /** A space between two digits or capitals may join groups of a card number or an IBAN. */
    private static boolean group(String text, int i) {
        return i > 0 && i + 1 < text.length() && digitOrCapital(text.charAt(i - 1)) && digitOrCapital(text.charAt(i + 1));
    }

    private static boolean digitOrCapital(char c) {
        return (c >= '0' && c <= '9') || (c >= 'A' && c <= 'Z');
    }
}
