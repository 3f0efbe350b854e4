package dev.launchready.redact;

/** Payment card numbers (issuer prefix and Luhn, any grouping by spaces or dashes) and IBANs (mod 97). */
final class Numbers {

    static final String CARD = "[REDACTED:card]";
    static final String IBAN = "[REDACTED:iban]";

    /** IBAN length per country, index (first letter - 'A') * 26 + (second - 'A'); 0 for none. */
    private static final byte[] IBAN_LENGTH = new byte[26 * 26];

    static {
        String table = "AD24 AE23 AL28 AT20 AZ28 BA20 BE16 BG22 BH22 BR29 BY28 CH21 CR22 CY28 CZ24 DE22 DK18 DO28 EE20 "
                + "EG29 ES24 FI18 FO18 FR27 GB22 GE22 GI23 GL18 GR27 GT28 HR21 HU28 IE22 IL23 IQ23 IS26 IT27 JO30 KW30 "
                + "KZ20 LB28 LC32 LI21 LT20 LU20 LV21 MC27 MD24 ME22 MK19 MR27 MT31 MU30 NL18 NO15 PK24 PL28 PS29 PT25 "
                + "QA29 RO24 RS22 SA24 SC31 SE24 SI19 SK24 SM27 ST25 SV28 TL23 TN24 TR26 UA29 VA22 VG24 XK20";
        for (String entry : table.split(" ")) {
            IBAN_LENGTH[(entry.charAt(0) - 'A') * 26 + entry.charAt(1) - 'A'] = Byte.parseByte(entry.substring(2));
        }
    }

    private Numbers() {
    }

    /** A run of {@code digits} digits at {@code [from, to)}, single spaces or dashes between groups. */
    static void card(Scan s, int from, int to, int digits) {
        CharSequence t = s.text;
        if (digits < 13 || digits > 19 || (from > 0 && (Chars.alnum(t.charAt(from - 1)) || t.charAt(from - 1) == '.'))
                || (to < s.n && (Chars.alnum(t.charAt(to)) || t.charAt(to) == '_'))) {
            return;
        }
        int d1 = t.charAt(from) - '0';
        int d2 = d1 * 10 + next(t, from, to, 1);
        int d4 = d2 * 100 + next(t, from, to, 2) * 10 + next(t, from, to, 3);
        boolean issuer = d1 == 4 || (d2 >= 51 && d2 <= 55) || (d4 >= 2221 && d4 <= 2720) || d2 == 34 || d2 == 37
                || d4 == 6011 || d2 == 65 || (d4 >= 6440 && d4 <= 6499) || (d4 >= 3528 && d4 <= 3589) || d2 == 36
                || d2 == 38 || d2 == 39 || d2 == 30 || d2 == 62 || d2 == 50 || (d2 >= 56 && d2 <= 69);
        if (issuer && Checksums.luhn(t, from, to)) {
            s.claim(from, to, CARD, 5);
        }
    }

    private static int next(CharSequence t, int from, int to, int nth) {
        int seen = 0;
        for (int i = from; i < to; i++) {
            if (Chars.digit(t.charAt(i)) && seen++ == nth) {
                return t.charAt(i) - '0';
            }
        }
        return 0;
    }

    /** Two capitals and two digits at {@code at}, after a non-alphanumeric. */
    static void iban(Scan s, int at) {
        CharSequence t = s.text;
        int n = s.n;
        int length = IBAN_LENGTH[(t.charAt(at) - 'A') * 26 + t.charAt(at + 1) - 'A'];
        if (length == 0) {
            return;
        }
        int p = at;
        int seen = 0;
        while (p < n && seen < length) {
            char c = t.charAt(p);
            if (Chars.digit(c) || (c >= 'A' && c <= 'Z')) {
                seen++;
                p++;
            } else if (c == ' ' && seen % 4 == 0 && p + 1 < n && Chars.alnum(t.charAt(p + 1))) {
                p++;
            } else {
                return;
            }
        }
        if (seen < length || (p < n && Chars.alnum(t.charAt(p))) || !Checksums.iban(t, at, p)) {
            return;
        }
        s.claim(at, p, IBAN, 5);
    }
}
