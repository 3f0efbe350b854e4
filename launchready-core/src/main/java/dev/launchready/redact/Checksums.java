package dev.launchready.redact;

import java.util.zip.CRC32;

/** The checksums that decide whether a candidate is a real token, card or account number. */
final class Checksums {

    private static final String BASE62 = "0123456789ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz";
    private static final String BASE36 = "0123456789abcdefghijklmnopqrstuvwxyz";

    private Checksums() {
    }

    /**
     * GitHub classic tokens and npm tokens: the last 6 characters are the CRC32 of the 30 before
     * them, in base62 (0-9A-Za-z), left-padded with zeros.
     */
    static boolean githubCrc(CharSequence text, int from, int to) {
        if (to - from != 36) {
            return false;
        }
        return crc(text, from, to - 6, 62).contentEquals(text.subSequence(to - 6, to));
    }

    /**
     * GitLab routable tokens: {@code prefix + payload + ".01." + 2 base36 chars + 7 base36 chars},
     * the last 7 being the CRC32 of everything before them.
     */
    static boolean gitlabCrc(CharSequence text, int tokenStart, int to) {
        if (to - tokenStart < 20 || text.charAt(to - 10) != '.') {
            return false;
        }
        return crc(text, tokenStart, to - 7, 36).contentEquals(text.subSequence(to - 7, to));
    }

    static String crc(CharSequence text, int from, int to, int base) {
        CRC32 crc = new CRC32();
        for (int i = from; i < to; i++) {
            crc.update(text.charAt(i) & 0xff);
        }
        return encode(crc.getValue(), base, base == 62 ? 6 : 7);
    }

    static String encode(long value, int base, int width) {
        String digits = base == 62 ? BASE62 : BASE36;
        char[] out = new char[width];
        for (int i = width - 1; i >= 0; i--) {
            out[i] = digits.charAt((int) (value % base));
            value /= base;
        }
        return new String(out);
    }

    /** Luhn over the digits of {@code text[from, to)}, skipping separators. */
    static boolean luhn(CharSequence text, int from, int to) {
        int sum = 0;
        boolean twice = false;
        for (int i = to - 1; i >= from; i--) {
            char c = text.charAt(i);
            if (!Chars.digit(c)) {
                continue;
            }
            int d = c - '0';
            if (twice) {
                d *= 2;
                if (d > 9) {
                    d -= 9;
                }
            }
            sum += d;
            twice = !twice;
        }
        return sum % 10 == 0;
    }

    /** ISO 13616 mod-97 over the alphanumerics of {@code text[from, to)}, skipping spaces. */
    static boolean iban(CharSequence text, int from, int to) {
        int rem = 0;
        int seen = 0;
        for (int pass = 0; pass < 2; pass++) { // country and check digits move to the end
            seen = 0;
            for (int i = from; i < to; i++) {
                char c = text.charAt(i);
                if (c == ' ') {
                    continue;
                }
                boolean head = seen < 4;
                seen++;
                if (head != (pass == 1)) {
                    continue;
                }
                int v = Chars.digit(c) ? c - '0' : c - 'A' + 10;
                rem = v >= 10 ? (rem * 100 + v) % 97 : (rem * 10 + v) % 97;
            }
        }
        return rem == 1;
    }
}
