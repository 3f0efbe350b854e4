package dev.launchready.redact;

/** Email addresses: a local part, {@code @}, and a domain of two or more labels ending in letters. */
final class Emails {

    /** The replacement's placeholder; {@link Engine} renders it as {@code [EMAIL]} or a keyed hash. */
    static final String EMAIL = "[EMAIL]";

    private Emails() {
    }

    /** {@code @} at {@code at}. */
    static void scan(Scan s, int at) {
        CharSequence t = s.text;
        int n = s.n;
        int from = at;
        while (from > 0 && at - from <= 64 && localChar(t.charAt(from - 1))) {
            from--;
        }
        while (from < at && t.charAt(from) == '.') {
            from++;
        }
        if (from == at || at - from > 64) {
            return;
        }
        if (from > 0 && (t.charAt(from - 1) == ':' || t.charAt(from - 1) == '/')
                && !(from >= 7 && KeyValues.startsWith(t, from - 7, "mailto:"))) {
            return; // URL userinfo, handled (or deliberately kept) by Urls
        }
        if (at - from == 3 && KeyValues.startsWith(t, from, "git")) {
            return; // git@github.com:org/repo is an SSH remote, not a person
        }
        int p = at + 1;
        int dots = 0;
        int labelStart = p;
        int end = -1;
        while (p < n && p - at <= 254) {
            int l = p;
            while (p < n && p - l < 64 && (Chars.alnum(t.charAt(p)) || t.charAt(p) == '-')) {
                p++;
            }
            if (p == l) {
                break;
            }
            labelStart = l;
            end = p;
            if (p + 1 < n && t.charAt(p) == '.' && Chars.alnum(t.charAt(p + 1))) {
                dots++;
                p++;
            } else {
                break;
            }
        }
        s.mailSkip = Math.max(s.mailSkip, Math.max(end, at + 1));
        if (dots == 0 || end - labelStart < 2 || (end < n && (t.charAt(end) == '_' || t.charAt(end) == '@'))) {
            return;
        }
        for (int i = labelStart; i < end; i++) {
            if (!Character.isLetter(t.charAt(i))) {
                return;
            }
        }
        s.claim(from, end, EMAIL, 1);
    }

    private static boolean localChar(char c) {
        return Chars.alnum(c) || c == '.' || c == '_' || c == '%' || c == '+' || c == '-';
    }
}
