package dev.launchready.cli.scan;

import java.util.List;
import java.util.Locale;
import java.util.Set;

/**
 * Which generic findings are worth reporting in source code. The redactor fails closed on log lines,
 * so {@code password=x} or {@code token = request.getHeader("X-Token")} count there; in a repository
 * they are code and test data. Provider formats (checksummed or prefixed tokens, PEM keys, JWTs) are
 * always reported; the generic key-value families are reported only when the value looks like a
 * literal secret: at least 8 chars, no code punctuation or interpolation, a digit (or 20 chars without
 * a dot), two of lower case, upper case and digits, 3 bits of entropy per char, no placeholder words.
 */
final class Literals {

    /** The redactor's families that key on a name ({@code password=}, {@code Authorization:}) rather than a format. */
    private static final Set<String> GENERIC = Set.of("password", "secret", "token", "api-key", "credential",
            "authorization", "bearer-token", "signature", "url-token");

    /**
     * One-time codes, OAuth codes and session ids expire in minutes or hours, and in configuration
     * {@code app.session=...} names a setting: never a repository finding ({@code session_secret=} is
     * the secret family).
     */
    private static final Set<String> EPHEMERAL = Set.of("otp", "auth-code", "session", "cookie", "set-cookie");

    private static final List<String> PLACEHOLDERS = List.of("example", "placeholder", "xxxx", "redacted", "dummy",
            "your-", "your_", "changeit", "****", "...");

    private static final List<String> URL_PLACEHOLDERS = List.of("password", "passwd", "pass", "pwd", "secret");

    private static final String CODE_CHARS = " \t\"'`()[]{}<>+,;\\$|&=!";

    private Literals() {
    }

    static boolean reportable(String ruleId, String secret) {
        if (EPHEMERAL.contains(ruleId)) {
            return false;
        }
        if (ruleId.equals("private-key")) {
            return secret.length() >= 80; // a header alone, as in code that detects keys, is not a key
        }
        if (ruleId.equals("url-password")) {
            return secret.length() >= 6 && !secret.contains("${") && !secret.startsWith("%")
                    && !URL_PLACEHOLDERS.contains(secret.toLowerCase(Locale.ROOT)) && !placeholder(secret);
        }
        if (!GENERIC.contains(ruleId)) {
            return true;
        }
        String value = stripScheme(secret);
        if (value.length() < 8 || placeholder(value)) {
            return false;
        }
        for (int i = 0; i < value.length(); i++) {
            if (CODE_CHARS.indexOf(value.charAt(i)) >= 0) {
                return false;
            }
        }
        char first = value.charAt(0);
        if (first == '@' || first == '#' || first == '%' || first == '.' || first == '*') {
            return false;
        }
        // Identifiers (webhookSecret, request.getHeader) have no digits; random tokens of 20 chars
        // without one are rare (3 % of base62 ones), and those still need two letter cases.
        boolean digit = value.chars().anyMatch(c -> c >= '0' && c <= '9');
        if (!digit && (value.length() < 20 || value.indexOf('.') >= 0)) {
            return false;
        }
        return classes(value) >= 2 && entropy(value) >= 3.0;
    }

    /** {@code Bearer abc…} and {@code Basic abc…}: judge the credential, not the scheme word. */
    private static String stripScheme(String secret) {
        int space = secret.indexOf(' ');
        if (space > 0 && space < 8 && secret.substring(0, space).chars().allMatch(Character::isLetter)) {
            return secret.substring(space + 1).strip();
        }
        return secret;
    }

    private static boolean placeholder(String value) {
        String lower = value.toLowerCase(Locale.ROOT);
        for (String word : PLACEHOLDERS) {
            if (lower.contains(word)) {
                return true;
            }
        }
        return false;
    }

    /** How many of lower case, upper case and digits occur. */
    private static int classes(String value) {
        boolean lower = false;
        boolean upper = false;
        boolean digit = false;
        for (int i = 0; i < value.length(); i++) {
            char c = value.charAt(i);
            lower |= c >= 'a' && c <= 'z';
            upper |= c >= 'A' && c <= 'Z';
            digit |= c >= '0' && c <= '9';
        }
        return (lower ? 1 : 0) + (upper ? 1 : 0) + (digit ? 1 : 0);
    }

    /** Shannon entropy in bits per char. */
    static double entropy(String value) {
        int[] counts = new int[128];
        int other = 0;
        for (int i = 0; i < value.length(); i++) {
            char c = value.charAt(i);
            if (c < 128) {
                counts[c]++;
            } else {
                other++;
            }
        }
        double bits = 0;
        double n = value.length();
        for (int count : counts) {
            if (count > 0) {
                double p = count / n;
                bits -= p * Math.log(p) / Math.log(2);
            }
        }
        if (other > 0) {
            double p = other / n;
            bits -= p * Math.log(p) / Math.log(2);
        }
        return bits;
    }
}
