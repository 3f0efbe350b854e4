package dev.launchready.redact;

import java.util.List;
import java.util.Locale;
import java.util.Set;

/**
 * Secrets named by their key, in every spelling a log line uses: {@code password=…},
 * {@code "client_secret": "…"}, {@code DB_PASSWORD: …}, {@code <password>…</password>},
 * {@code ?token=…&code=…}, {@code {x-api-key=…}}, and the headers {@code Authorization},
 * {@code Cookie} and {@code Set-Cookie}. The key is kept; only the value is replaced.
 */
final class KeyValues {

    /** Words that start the prefilter's search for a key around them. */
    static final List<String> KEYWORDS = List.of("pass", "pwd", "secret", "token", "key", "auth", "credential",
            "creds", "session", "sid", "code", "sig", "otp", "pin", "cvv", "cvc", "cookie");

    private static final String[] KEY_QUALIFIERS = {"api", "access", "secret", "private", "signing",
            "encryption", "master", "account", "auth", "client", "app", "application", "license", "subscription",
            "webhook", "shared", "service", "admin", "deploy", "hmac", "jwt", "sas", "storage", "consumer", "stripe",
            "openai", "anthropic", "aws", "gcp", "google", "azure", "sendgrid", "mailgun", "twilio", "github", "slack",
            "session", "crypto", "cipher", "aes", "ssh", "pgp", "gpg", "enc", "decryption", "server", "write", "ingest",
            "x", "user", "secure", "root", "partner", "merchant", "live", "test", "prod"};
    private static final String[] KEY_COMPOUNDS = {"apikey", "accesskey", "secretkey", "privatekey",
            "authkey", "signingkey", "masterkey", "accountkey", "encryptionkey", "clientkey", "appkey", "licensekey",
            "subscriptionkey", "sharedaccesskey", "servicekey", "webhookkey"};
    private static final Set<String> NOT_VALUES = Set.of("true", "false", "null", "none", "nil", "undefined",
            "empty", "yes", "no", "on", "off", "required", "optional", "redacted", "hidden", "masked", "string",
            "enabled", "disabled", "ok", "success", "failed", "valid", "invalid", "expired", "missing", "present", "set",
            "unset", "default", "changed", "reset", "sent", "none)");
    private static final Set<String> SCHEMES = Set.of("bearer", "basic", "token", "digest", "negotiate", "ntlm",
            "apikey", "api-key", "key", "hawk", "oauth", "ssws", "bot", "dpop", "aws4-hmac-sha256", "signature", "sharedkey",
            "googlelogin", "splunk", "otoken", "klaviyo-api-key");
    private static final Set<String> PARAM_SCHEMES = Set.of("digest", "aws4-hmac-sha256", "oauth", "hawk", "signature");

    private static final String PASSWORD = "[REDACTED:password]";
    private static final String SECRET = "[REDACTED:secret]";
    private static final String TOKEN = "[REDACTED:token]";
    private static final String API_KEY = "[REDACTED:api-key]";
    private static final String AUTHORIZATION = "[REDACTED:authorization]";
    private static final String COOKIE = "[REDACTED:cookie]";
    private static final String SET_COOKIE = "[REDACTED:set-cookie]";
    private static final String SESSION = "[REDACTED:session]";
    private static final String CREDENTIAL = "[REDACTED:credential]";
    private static final String SIGNATURE = "[REDACTED:signature]";
    private static final String CODE = "[REDACTED:auth-code]";
    private static final String OTP = "[REDACTED:otp]";
    static final String BEARER = "[REDACTED:bearer-token]";

    private static final int MAX_KEY = 80;
    private static final int MAX_QUOTED = 8192;

    private KeyValues() {
    }

    /** A keyword was found at {@code [from, to)}: read the key around it and, if it names a secret, its value. */
    static void scan(Scan s, int from, int to) {
        CharSequence t = s.text;
        int n = s.n;
        int start = from;
        while (start > 0 && keyChar(t.charAt(start - 1)) && from - start <= MAX_KEY) {
            start--;
        }
        int end = to;
        while (end < n && keyChar(t.charAt(end))) {
            end++;
        }
        s.keySkip = end; // any other keyword in this key is the same key
        if (from - start > MAX_KEY || end - start > MAX_KEY) {
            return;
        }
        while (end > start && (t.charAt(end - 1) == '.' || t.charAt(end - 1) == '-')) {
            end--;
        }
        boolean query = start > 0 && (t.charAt(start - 1) == '?' || t.charAt(start - 1) == '&'
                || t.charAt(start - 1) == ';');
        String replacement = classify(t, start, end, query);
        if (replacement == null) {
            return;
        }
        value(s, start, end, replacement);
    }

    /** The replacement for the key's value, or null when the key names no secret. Allocates nothing. */
    static String classify(CharSequence t, int start, int end, boolean query) {
        int ls = partStart(t, start, end);
        if (ls > start && allDigits(t, ls, end)) { // X-Hub-Signature-256
            end = ls;
            while (end > start && !Chars.alnum(t.charAt(end - 1))) {
                end--;
            }
            ls = partStart(t, start, end);
        }
        int prevEnd = ls;
        while (prevEnd > start && !Chars.alnum(t.charAt(prevEnd - 1))) {
            prevEnd--;
        }
        int ps = prevEnd > start ? partStart(t, start, prevEnd) : prevEnd;
        if (endsWith(t, ls, end, "password") || endsWith(t, ls, end, "passwd") || endsWith(t, ls, end, "passphrase")
                || endsWith(t, ls, end, "passcode") || endsWith(t, ls, end, "pwd") || is(t, ls, end, "pass")
                || is(t, ls, end, "pw")) {
            return PASSWORD;
        }
        if (endsWith(t, ls, end, "secret") || (is(t, ls, end, "base") && is(t, ps, prevEnd, "key")
                && endsWith(t, start, ps, "secret_"))) {
            return SECRET;
        }
        if (endsWith(t, ls, end, "token")) {
            return TOKEN;
        }
        if (is(t, ls, end, "key")) {
            if (query || anyIs(t, ps, prevEnd, KEY_QUALIFIERS)) {
                return API_KEY;
            }
        } else if (anyEndsWith(t, ls, end, KEY_COMPOUNDS)) {
            return API_KEY;
        }
        if (is(t, ls, end, "authorization") || is(t, ls, end, "auth")) {
            return AUTHORIZATION;
        }
        if (is(t, ls, end, "cookie") || is(t, ls, end, "cookies")) {
            return is(t, ps, prevEnd, "set") ? SET_COOKIE : COOKIE;
        }
        if (is(t, ls, end, "session") || is(t, ls, end, "sessionid") || is(t, ls, end, "jsessionid")
                || is(t, ls, end, "phpsessid") || is(t, ls, end, "sessid")
                || (is(t, ls, end, "id") && is(t, ps, prevEnd, "session")) || (is(t, ls, end, "sid") && query)) {
            return SESSION;
        }
        if (is(t, ls, end, "credential") || is(t, ls, end, "credentials") || is(t, ls, end, "creds")) {
            return CREDENTIAL;
        }
        if (is(t, ls, end, "signature") || (is(t, ls, end, "sig") && query)) {
            return SIGNATURE;
        }
        if (is(t, ls, end, "code") && query) {
            return CODE;
        }
        if (is(t, ls, end, "otp") || is(t, ls, end, "pin") || is(t, ls, end, "cvv") || is(t, ls, end, "cvc")
                || is(t, ls, end, "cvv2")) {
            return OTP;
        }
        return null;
    }

    private static boolean allDigits(CharSequence t, int from, int to) {
        for (int i = from; i < to; i++) {
            if (!Chars.digit(t.charAt(i))) {
                return false;
            }
        }
        return to > from;
    }

    private static boolean is(CharSequence t, int from, int to, String word) {
        return to - from == word.length() && endsWith(t, from, to, word);
    }

    /** ASCII case-insensitive; {@code word} is lower case. */
    private static boolean endsWith(CharSequence t, int from, int to, String word) {
        int w = word.length();
        if (to - from < w) {
            return false;
        }
        for (int i = 0; i < w; i++) {
            char c = t.charAt(to - w + i);
            if (c >= 'A' && c <= 'Z') {
                c += 32;
            }
            if (c != word.charAt(i)) {
                return false;
            }
        }
        return true;
    }

    private static boolean anyIs(CharSequence t, int from, int to, String[] words) {
        for (String word : words) {
            if (is(t, from, to, word)) {
                return true;
            }
        }
        return false;
    }

    private static boolean anyEndsWith(CharSequence t, int from, int to, String[] words) {
        for (String word : words) {
            if (endsWith(t, from, to, word)) {
                return true;
            }
        }
        return false;
    }

    private static void value(Scan s, int keyStart, int keyEnd, String replacement) {
        CharSequence t = s.text;
        int n = s.n;
        int p = keyEnd;
        char before = keyStart > 0 ? t.charAt(keyStart - 1) : 0;
        boolean escapedKey = before == '"' && keyStart > 1 && t.charAt(keyStart - 2) == '\\';
        if (before == '<') { // <password>value</password>
            if (p < n && t.charAt(p) == '>') {
                int e = p + 1;
                while (e < n && e - p < MAX_QUOTED && t.charAt(e) != '<' && t.charAt(e) != '\n') {
                    e++;
                }
                take(s, p + 1, e, replacement);
            }
            return;
        }
        if (escapedKey && p + 1 < n && t.charAt(p) == '\\' && t.charAt(p + 1) == '"') {
            p += 2;
        } else if ((before == '"' || before == '\'') && p < n && t.charAt(p) == before) {
            p++;
        }
        p = spaces(t, p, n);
        if (p >= n) {
            return;
        }
        char sep = t.charAt(p);
        if (sep == '=' || sep == ':') {
            p++;
            if (p < n && (t.charAt(p) == '>' || (sep == ':' && t.charAt(p) == '='))) {
                p++;
            }
        } else if (sep == '%' && p + 2 < n && t.charAt(p + 1) == '3' && (t.charAt(p + 2) | 0x20) == 'd') {
            encoded(s, p + 3, replacement); // ?next=%2Flogin%3Fpassword%3Dhunter2%26…
            return;
        } else if (replacement == PASSWORD && (startsWithWord(t, p, "is") || startsWithWord(t, p, "was"))) {
            prose(s, spaces(t, p + (t.charAt(p) == 'w' || t.charAt(p) == 'W' ? 4 : 3), n));
            return;
        } else {
            return;
        }
        p = spaces(t, p, n);
        if (p < n && t.charAt(p) == '[' && !startsWith(t, p, "[REDACTED") && !startsWith(t, p, "[EMAIL")) {
            p++; // {Authorization=[Bearer …]}
        }
        if (p >= n) {
            return;
        }
        char quote = 0;
        boolean escaped = false;
        if (t.charAt(p) == '"' || t.charAt(p) == '\'') {
            quote = t.charAt(p++);
        } else if (t.charAt(p) == '\\' && p + 1 < n && t.charAt(p + 1) == '"') {
            quote = '"';
            escaped = true;
            p += 2;
        }
        if (replacement == COOKIE || replacement == SET_COOKIE) {
            cookies(s, p, quote, replacement == SET_COOKIE);
            return;
        }
        if (replacement == AUTHORIZATION) {
            int word = p;
            while (word < n && (Chars.alnum(t.charAt(word)) || t.charAt(word) == '-')) {
                word++;
            }
            if (word < n && word > p && t.charAt(word) == ' ' && SCHEMES.contains(lower(t, p, word))) {
                boolean params = PARAM_SCHEMES.contains(lower(t, p, word));
                p = spaces(t, word, n);
                if (params) {
                    int e = p;
                    while (e < n && e - p < MAX_QUOTED && t.charAt(e) != '\n' && t.charAt(e) != '\r'
                            && (quote == 0 ? t.charAt(e) != '}' && t.charAt(e) != ']' : !closes(t, e, quote, escaped))) {
                        e++;
                    }
                    take(s, p, e, replacement);
                    return;
                }
            }
            int e = token68End(t, p, n);
            if (isValue(t, p, e, replacement)) {
                take(s, p, e, replacement);
            }
            return;
        }
        int e;
        if (quote != 0) {
            e = p;
            while (e < n && !closes(t, e, quote, escaped) && t.charAt(e) != '\n') { // unbounded: the value is claimed, read once
                if (t.charAt(e) == '\\' && !escaped && e + 1 < n) {
                    e++;
                }
                e++;
            }
            e = Math.min(e, n);
        } else {
            e = p;
            boolean params = false; // Stripe-Signature: t=…,v1=… is one value
            while (e < n && (!delimiter(t.charAt(e)) || (params && t.charAt(e) == ',' && replacement == SIGNATURE))) {
                params |= t.charAt(e) == '=';
                e++;
            }
        }
        if (!isValue(t, p, e, replacement)) {
            return;
        }
        take(s, p, e, replacement);
    }

    /** A URL-encoded value after {@code %3D}: it ends where the text or the encoded query ({@code %26}) does. */
    private static void encoded(Scan s, int p, String replacement) {
        CharSequence t = s.text;
        int e = p;
        while (e < s.n && !delimiter(t.charAt(e)) && !(t.charAt(e) == '%' && startsWith(t, e + 1, "26"))) {
            e++;
        }
        if (isValue(t, p, e, replacement)) {
            take(s, p, e, replacement);
        }
    }

    /**
     * "the password is hunter2": one word, taken only when it has a letter and a digit or symbol, so
     * that "the password is incorrect" or "is too short" stay as they are.
     */
    private static void prose(Scan s, int p) {
        CharSequence t = s.text;
        int e = p;
        while (e < s.n && e - p < MAX_KEY && !delimiter(t.charAt(e))) {
            e++;
        }
        while (e > p && (t.charAt(e - 1) == '.' || t.charAt(e - 1) == ':')) {
            e--; // the sentence's full stop
        }
        boolean letter = false;
        boolean other = false;
        for (int i = p; i < e; i++) {
            char c = t.charAt(i);
            letter |= Character.isLetter(c);
            other |= !Character.isLetter(c);
        }
        if (e - p >= 4 && letter && other && isValue(t, p, e, PASSWORD)) {
            take(s, p, e, PASSWORD);
        }
    }

    /** {@code word} (lower case, any case in the text) at {@code p}, then a space. */
    private static boolean startsWithWord(CharSequence t, int p, String word) {
        int w = word.length();
        if (p + w >= t.length() || t.charAt(p + w) != ' ') {
            return false;
        }
        for (int i = 0; i < w; i++) {
            if ((t.charAt(p + i) | 0x20) != word.charAt(i)) {
                return false;
            }
        }
        return true;
    }

    private static void cookies(Scan s, int p, char quote, boolean first) {
        CharSequence t = s.text;
        int n = s.n;
        while (p < n) {
            int name = p;
            while (p < n && p - name < MAX_KEY && cookieNameChar(t.charAt(p))) {
                p++;
            }
            if (p == name || p >= n || t.charAt(p) != '=') {
                return;
            }
            int v = ++p;
            while (p < n && !cookieDelimiter(t.charAt(p), quote)) {
                p++;
            }
            take(s, v, p, first ? SET_COOKIE : COOKIE);
            if (first || p >= n || t.charAt(p) != ';') {
                return;
            }
            p = spaces(t, p + 1, n);
        }
    }

    static int token68End(CharSequence t, int p, int n) {
        int e = p;
        while (e < n) {
            char c = t.charAt(e);
            if (!(Chars.alnum(c) || c == '.' || c == '_' || c == '~' || c == '+' || c == '/' || c == '=' || c == '-'
                    || c == ':' || c == '%' || c == '!' || c == '$' || c == '*' || c == '#' || c == '@' || c == '^')) {
                break;
            }
            e++;
        }
        return e;
    }

    private static void take(Scan s, int from, int to, String replacement) {
        if (to > from && !startsWith(s.text, from, "[REDACTED") && !startsWith(s.text, from, "[EMAIL")) {
            s.claim(from, to, replacement, 1);
        }
    }

    private static boolean isValue(CharSequence t, int p, int e, String replacement) {
        if (e <= p || startsWith(t, p, "[REDACTED") || startsWith(t, p, "[EMAIL") || startsWith(t, p, "${")
                || startsWith(t, p, "{{") || t.charAt(p) == '{' || t.charAt(p) == '[') {
            return false;
        }
        boolean masked = true;
        boolean digits = true;
        for (int i = p; i < e; i++) {
            char c = t.charAt(i);
            masked &= c == '*' || c == 'x' || c == 'X' || c == '•';
            digits &= Chars.digit(c);
        }
        if (masked && e - p >= 3) {
            return false;
        }
        if (digits && e - p <= 4 && replacement != PASSWORD && replacement != OTP) {
            return false; // token_ttl=3600-style counts, not secrets
        }
        return e - p > 12 || !NOT_VALUES.contains(lower(t, p, e));
    }

    private static boolean closes(CharSequence t, int e, char quote, boolean escaped) {
        if (escaped) {
            return t.charAt(e) == '\\' && e + 1 < t.length() && t.charAt(e + 1) == '"';
        }
        return t.charAt(e) == quote;
    }

    static boolean delimiter(char c) {
        return c <= ' ' || c == '"' || c == '\'' || c == ',' || c == ';' || c == '&' || c == ')' || c == '}'
                || c == ']' || c == '<' || c == '>' || c == '\\' || c == '`';
    }

    private static boolean cookieDelimiter(char c, char quote) {
        return c <= ' ' || c == ';' || c == ',' || c == '"' || c == '\'' || c == '\\' || c == '}' || c == ']'
                || c == ')' || c == quote;
    }

    private static boolean cookieNameChar(char c) {
        return Chars.alnum(c) || c == '_' || c == '-' || c == '.' || c == '$' || c == '!' || c == '%' || c == '|'
                || c == '~' || c == '^';
    }

    static boolean keyChar(char c) {
        return Chars.alnum(c) || c == '_' || c == '-' || c == '.';
    }

    private static int partStart(CharSequence t, int start, int end) {
        int i = end;
        while (i > start) {
            char c = t.charAt(i - 1);
            if (!Chars.alnum(c)) {
                break;
            }
            if (i - 1 > start && Character.isUpperCase(c) && Character.isLowerCase(t.charAt(i - 2))) {
                return i - 1; // camelCase: clientSecret -> Secret
            }
            i--;
        }
        return i;
    }

    private static int spaces(CharSequence t, int p, int n) {
        int limit = p + 8;
        while (p < n && p < limit && (t.charAt(p) == ' ' || t.charAt(p) == '\t')) {
            p++;
        }
        return p;
    }

    static boolean startsWith(CharSequence t, int p, String prefix) {
        if (p + prefix.length() > t.length()) {
            return false;
        }
        for (int i = 0; i < prefix.length(); i++) {
            if (t.charAt(p + i) != prefix.charAt(i)) {
                return false;
            }
        }
        return true;
    }

    private static String lower(CharSequence t, int from, int to) {
        return t.subSequence(from, to).toString().toLowerCase(Locale.ROOT);
    }
}
