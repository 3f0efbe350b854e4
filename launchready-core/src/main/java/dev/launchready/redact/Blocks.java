package dev.launchready.redact;

/** Multi-part secrets: PEM private keys (whole, across lines, escaped, or cut short) and JWTs. */
final class Blocks {

    static final String PRIVATE_KEY = "[REDACTED:private-key]";
    static final String JWT = "[REDACTED:jwt]";
    private static final Chars B64 = Chars.B64;

    private Blocks() {
    }

    /** {@code -----begin} (any case) at {@code at}. */
    static void privateKey(Scan s, int at) {
        CharSequence t = s.text;
        int n = s.n;
        if (!KeyValues.startsWith(t, at, "-----BEGIN ")) {
            return;
        }
        int p = at + 11;
        int name = p;
        while (p < n && p - name < 48 && (Character.isUpperCase(t.charAt(p)) || Chars.digit(t.charAt(p))
                || t.charAt(p) == ' ')) {
            p++;
        }
        if (!KeyValues.startsWith(t, p, "-----") || !contains(t, name, p, "PRIVATE KEY")) {
            return;
        }
        p += 5;
        while (p < n) {
            char c = t.charAt(p);
            if (c == '-' && KeyValues.startsWith(t, p, "-----END")) {
                int q = p + 8;
                while (q < n && q - p < 64 && t.charAt(q) != '\n' && !KeyValues.startsWith(t, q, "-----")) {
                    q++;
                }
                p = KeyValues.startsWith(t, q, "-----") ? q + 5 : q;
                break;
            }
            if (B64.has(c) || c == '-' || c == ':' || c == ',' || c == '.') {
                p++;
                continue;
            }
            int q = separators(t, p, n);
            if (q == p) {
                break;
            }
            if (KeyValues.startsWith(t, q, "Proc-Type:") || KeyValues.startsWith(t, q, "DEK-Info:")) {
                while (q < n && t.charAt(q) != '\n' && t.charAt(q) != '\\') {
                    q++;
                }
                p = q;
                continue;
            }
            int r = q;
            while (r < n && B64.has(t.charAt(r))) {
                r++;
            }
            if (r - q >= 16 || KeyValues.startsWith(t, r, "-----END")
                    || KeyValues.startsWith(t, separators(t, r, n), "-----END")) {
                p = q;
            } else {
                break; // cut short: the line's other text begins here
            }
        }
        s.claim(at, p, PRIVATE_KEY, 20);
    }

    /** {@code eyJ} at {@code at}: {@code header.payload.signature}, base64url, the signature possibly empty. */
    static void jwt(Scan s, int at) {
        CharSequence t = s.text;
        int n = s.n;
        if (!KeyValues.startsWith(t, at, "eyJ") || (at > 0 && Chars.B64URL.has(t.charAt(at - 1)))) {
            return;
        }
        int p = run(t, at, n);
        s.jwtSkip = p;
        if (p - at < 10 || p >= n || t.charAt(p) != '.') {
            return;
        }
        int q = run(t, p + 1, n);
        s.jwtSkip = q;
        if (q - p - 1 < 10) {
            return;
        }
        int end = q;
        if (q < n && t.charAt(q) == '.') {
            end = run(t, q + 1, n);
            while (end + 1 < n && t.charAt(end) == '.' && Chars.B64URL.has(t.charAt(end + 1))) {
                end = run(t, end + 1, n); // JWE: five parts
            }
        } else if (!KeyValues.startsWith(t, p + 1, "eyJ")) {
            return;
        }
        s.jwtSkip = end;
        s.claim(at, end, JWT, 15);
    }

    /** Whitespace and escaped line breaks ({@code \\n}, {@code \\r}, doubly escaped too) between PEM lines. */
    private static int separators(CharSequence t, int p, int n) {
        while (p < n) {
            char c = t.charAt(p);
            if (c == ' ' || c == '\t' || c == '\r' || c == '\n') {
                p++;
            } else if (c == '\\' && p + 1 < n && (t.charAt(p + 1) == 'n' || t.charAt(p + 1) == 'r' || t.charAt(p + 1) == '\\')) {
                p += 2;
            } else {
                break;
            }
        }
        return p;
    }

    private static int run(CharSequence t, int p, int n) {
        while (p < n && Chars.B64URL.has(t.charAt(p))) {
            p++;
        }
        return p;
    }

    private static boolean contains(CharSequence t, int from, int to, String what) {
        for (int i = from; i + what.length() <= to; i++) {
            if (KeyValues.startsWith(t, i, what)) {
                return true;
            }
        }
        return false;
    }
}
