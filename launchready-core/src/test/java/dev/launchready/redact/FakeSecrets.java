package dev.launchready.redact;

import java.nio.charset.StandardCharsets;
import java.util.Base64;
import java.util.Random;
import java.util.zip.CRC32;

/**
 * Random text in the shapes real credentials have. Nothing here is, or was derived from, a real
 * credential: every value is drawn from a seeded generator; checksums are computed so that the
 * checksum formats are well-formed.
 */
final class FakeSecrets {

    static final String UPPER = "ABCDEFGHIJKLMNOPQRSTUVWXYZ";
    static final String LOWER = "abcdefghijklmnopqrstuvwxyz";
    static final String DIGITS = "0123456789";
    static final String ALNUM = UPPER + LOWER + DIGITS;
    static final String B64URL = ALNUM + "_-";
    static final String B64 = ALNUM + "+/";
    static final String HEX = "0123456789abcdef";
    static final String UPPER_ALNUM = UPPER + DIGITS;
    static final String LOWER_ALNUM = LOWER + DIGITS;
    static final String BASE32 = UPPER + "234567";
    static final String BECH32 = "QPZRY9X8GF2TVDW0S3JN54KHCE6MUA7L";
    static final String PASSWORD = ALNUM + "!#$%^*_-+=.~@";

    private final Random random;

    FakeSecrets(long seed) {
        random = new Random(seed);
    }

    String r(String alphabet, int n) {
        StringBuilder sb = new StringBuilder(n);
        for (int i = 0; i < n; i++) {
            sb.append(alphabet.charAt(random.nextInt(alphabet.length())));
        }
        return sb.toString();
    }

    /** Like {@link #r} but ending in a letter or digit, as generated tokens do in practice. */
    String rAlnumEnd(String alphabet, int n) {
        return r(alphabet, n - 1) + r(ALNUM, 1);
    }

    String digits(int n) {
        return r("123456789", 1) + r(DIGITS, n - 1);
    }

    int nextInt(int bound) {
        return random.nextInt(bound);
    }

    String password() {
        return r(ALNUM, 1) + r(PASSWORD, 10 + random.nextInt(12)) + r(ALNUM, 1);
    }

    /** GitHub classic and npm: 30 random base62 characters and their CRC32 in 6 base62 characters. */
    String githubStyle(String prefix) {
        String body = r(ALNUM, 30);
        CRC32 crc = new CRC32();
        crc.update(body.getBytes(StandardCharsets.US_ASCII));
        return prefix + body + base("0123456789ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz", crc.getValue(), 6);
    }

    /** GitLab routable: prefix, base64url payload, ".01.", 2 base36 length chars, 7 base36 CRC32 chars of all before. */
    String gitlabRoutable(String prefix) {
        byte[] payload = new byte[27];
        random.nextBytes(payload);
        String encoded = Base64.getUrlEncoder().withoutPadding().encodeToString(payload);
        String head = prefix + encoded + ".01." + base("0123456789abcdefghijklmnopqrstuvwxyz", encoded.length(), 2);
        CRC32 crc = new CRC32();
        crc.update(head.getBytes(StandardCharsets.US_ASCII));
        return head + base("0123456789abcdefghijklmnopqrstuvwxyz", crc.getValue(), 7);
    }

    static String base(String digits, long value, int width) {
        char[] out = new char[width];
        for (int i = width - 1; i >= 0; i--) {
            out[i] = digits.charAt((int) (value % digits.length()));
            value /= digits.length();
        }
        return new String(out);
    }

    String uuid() {
        return r(HEX, 8) + "-" + r(HEX, 4) + "-4" + r(HEX, 3) + "-a" + r(HEX, 3) + "-" + r(HEX, 12);
    }

    String jwt() {
        String header = b64url("{\"alg\":\"HS256\",\"typ\":\"JWT\"}");
        String payload = b64url("{\"sub\":\"" + digits(8) + "\",\"name\":\"" + r(LOWER, 6) + "\",\"iat\":" + digits(10) + "}");
        return header + "." + payload + "." + r(B64URL, 43);
    }

    static String b64url(String json) {
        return Base64.getUrlEncoder().withoutPadding().encodeToString(json.getBytes(StandardCharsets.UTF_8));
    }

    String base64Of(int bytes) {
        byte[] b = new byte[bytes];
        random.nextBytes(b);
        return Base64.getEncoder().encodeToString(b);
    }

    /** A card number of {@code length} digits starting with {@code prefix}, Luhn-valid. */
    String card(String prefix, int length) {
        String body = prefix + r(DIGITS, length - prefix.length() - 1);
        for (int check = 0; check < 10; check++) {
            if (luhn(body + check)) {
                return body + check;
            }
        }
        throw new AssertionError();
    }

    static boolean luhn(String digits) {
        int sum = 0;
        for (int i = 0; i < digits.length(); i++) {
            int d = digits.charAt(digits.length() - 1 - i) - '0';
            if (i % 2 == 1) {
                d = d * 2 > 9 ? d * 2 - 9 : d * 2;
            }
            sum += d;
        }
        return sum % 10 == 0;
    }

    /** An IBAN of the country with a random BBAN of {@code bbanLength} characters and correct check digits. */
    String iban(String country, int bbanLength, boolean lettersInBban) {
        String bban = lettersInBban ? r(UPPER, 4) + r(DIGITS, bbanLength - 4) : r(DIGITS, bbanLength);
        String rearranged = bban + country + "00";
        int rem = 0;
        for (char c : rearranged.toCharArray()) {
            int v = Character.isDigit(c) ? c - '0' : c - 'A' + 10;
            rem = v >= 10 ? (rem * 100 + v) % 97 : (rem * 10 + v) % 97;
        }
        int check = 98 - rem;
        return country + (check < 10 ? "0" : "") + check + bban;
    }

    static String grouped(String s, int group, String separator) {
        StringBuilder out = new StringBuilder();
        for (int i = 0; i < s.length(); i += group) {
            out.append(i == 0 ? "" : separator).append(s, i, Math.min(s.length(), i + group));
        }
        return out.toString();
    }
}
