package dev.launchready.redact;

/**
 * Credentials in URLs and connection strings: the password of {@code scheme://user:password@host}
 * (also an opaque user-only token, {@code https://token@host}), Oracle's {@code thin:user/password@},
 * and {@code curl -u user:password}. Query parameters are key-values ({@link KeyValues}).
 */
final class Urls {

    static final String PASSWORD = "[REDACTED:url-password]";
    static final String TOKEN = "[REDACTED:url-token]";
    private static final int MAX_AUTHORITY = 512;

    private Urls() {
    }

    /** {@code ://} at {@code at}. */
    static void userinfo(Scan s, int at) {
        CharSequence t = s.text;
        int n = s.n;
        int scheme = at;
        while (scheme > 0 && at - scheme <= 32 && schemeChar(t.charAt(scheme - 1))) {
            scheme--;
        }
        if (at - scheme < 2 || !Character.isLetter(t.charAt(scheme))) {
            return;
        }
        int a = at + 3;
        int e = a;
        int lastAt = -1;
        while (e < n && e - a < MAX_AUTHORITY) {
            char c = t.charAt(e);
            // '?' and '#' do not end it: a password with an unencoded '#' is still a password
            if (c == '/' || c <= ' ' || c == '"' || c == '\'' || c == '<' || c == '>' || c == '`' || c == '\\') {
                break;
            }
            if (c == '@') {
                lastAt = e;
            }
            e++;
        }
        s.mailSkip = Math.max(s.mailSkip, e);
        if (lastAt < 0) {
            return;
        }
        int colon = a;
        while (colon < lastAt && t.charAt(colon) != ':') {
            if (t.charAt(colon) == '?' || t.charAt(colon) == '#') {
                return; // an '@' in the query of a URL without a path: no userinfo
            }
            colon++;
        }
        if (colon < lastAt) {
            s.claim(colon + 1, lastAt, PASSWORD, 2);
        } else if (lastAt - a >= 16) {
            s.claim(a, lastAt, TOKEN, 2);
        }
    }

    /** After {@code thin:} (Oracle JDBC): {@code user/password@host}. */
    static void oracle(Scan s, int p) {
        CharSequence t = s.text;
        int n = s.n;
        int user = p;
        while (p < n && p - user < 128 && t.charAt(p) != '/' && t.charAt(p) != '@' && t.charAt(p) > ' ') {
            p++;
        }
        s.thinSkip = p;
        if (p >= n || t.charAt(p) != '/' || p == user) {
            return;
        }
        int pw = ++p;
        while (p < n && p - pw < 256 && t.charAt(p) != '@' && t.charAt(p) > ' ' && t.charAt(p) != '"') {
            p++;
        }
        if (p < n && t.charAt(p) == '@' && p > pw) {
            s.claim(pw, p, PASSWORD, 2);
            s.mailSkip = Math.max(s.mailSkip, p + 1);
        }
    }

    /** After {@code -u } or {@code --user }: {@code user:password}. */
    static void curlUser(Scan s, int p) {
        CharSequence t = s.text;
        int n = s.n;
        if (p < n && (t.charAt(p) == '"' || t.charAt(p) == '\'')) {
            p++;
        }
        int from = p;
        int colon = -1;
        while (p < n && p - from < 256 && t.charAt(p) > ' ' && t.charAt(p) != '"' && t.charAt(p) != '\'') {
            if (colon < 0 && t.charAt(p) == ':') {
                colon = p;
            }
            p++;
        }
        if (colon > from && p > colon + 1) {
            s.claim(colon + 1, p, "[REDACTED:password]", 2);
        }
    }

    /** How far after a command's name its options are read: the rest of the line, within reason. */
    private static final int MAX_COMMAND = 1024;

    /**
     * After {@code mysql}, {@code mariadb} (and their dump and admin tools): a password glued to
     * {@code -p}, as in {@code mysql -u root -pS3cret}. A bare {@code -p} asks for it and is left alone.
     */
    static void mysqlPassword(Scan s, int p) {
        CharSequence t = s.text;
        int end = commandEnd(s, p);
        for (int i = p; i + 3 < end; i++) {
            char before = t.charAt(i);
            boolean quoted = before == '\'' || before == '"'; // '-pS3 cret'
            if ((before <= ' ' || quoted) && t.charAt(i + 1) == '-' && t.charAt(i + 2) == 'p' && t.charAt(i + 3) > ' '
                    && t.charAt(i + 3) != '-' && t.charAt(i + 3) != before) {
                i = option(s, i + 3, end, quoted ? before : 0);
            }
        }
    }

    /** After {@code redis-cli}: the password after {@code -a} or {@code --pass}. */
    static void redisPassword(Scan s, int p) {
        CharSequence t = s.text;
        int end = commandEnd(s, p);
        for (int i = p; i < end; i++) {
            if (t.charAt(i) <= ' ' && (KeyValues.startsWith(t, i + 1, "-a ") || KeyValues.startsWith(t, i + 1, "--pass "))) {
                int v = i + (t.charAt(i + 2) == 'a' ? 4 : 8);
                while (v < end && t.charAt(v) == ' ') {
                    v++;
                }
                char quote = v < end && (t.charAt(v) == '\'' || t.charAt(v) == '"') ? t.charAt(v) : 0;
                i = option(s, quote == 0 ? v : v + 1, end, quote);
            }
        }
    }

    /** Where a command that starts at {@code p} ends; also marks the stretch read, so that the next name inside it is not read again. */
    private static int commandEnd(Scan s, int p) {
        int end = p;
        int limit = Math.min(s.n, p + MAX_COMMAND);
        while (end < limit && s.text.charAt(end) != '\n' && s.text.charAt(end) != '\r') {
            end++;
        }
        s.commandSkip = end;
        return end;
    }

    /** Claims the option's value from {@code from}: up to {@code quote}, or a space when 0; returns where it ends. */
    private static int option(Scan s, int from, int end, char quote) {
        CharSequence t = s.text;
        int e = from;
        while (e < end && (quote == 0 ? t.charAt(e) > ' ' && t.charAt(e) != '"' && t.charAt(e) != '\'' : t.charAt(e) != quote)) {
            e++;
        }
        if (e > from) {
            s.claim(from, e, "[REDACTED:password]", 2);
        }
        return e;
    }

    /** {@code Bearer } outside a header: a token of 16 characters or more after it. */
    static void bearer(Scan s, int from, int p) {
        CharSequence t = s.text;
        if (from > 0 && Chars.alnum(t.charAt(from - 1))) {
            return;
        }
        while (p < s.n && t.charAt(p) == ' ') {
            p++;
        }
        int e = KeyValues.token68End(t, p, s.n);
        if (e - p >= 16) {
            s.claim(p, e, KeyValues.BEARER, 1);
        }
    }

    private static boolean schemeChar(char c) {
        return Chars.alnum(c) || c == '+' || c == '.' || c == '-';
    }
}
