package dev.launchready.redact;

/** An ASCII alphabet a token's characters come from; every char outside ASCII is outside every alphabet. */
final class Chars {

    static final Chars DIGIT = of("0-9");
    static final Chars HEX = of("0-9a-f");
    static final Chars HEX_ANY = of("0-9a-fA-F");
    static final Chars UPPER_ALNUM = of("A-Z0-9");
    static final Chars LOWER_ALNUM = of("a-z0-9");
    static final Chars ALPHA = of("A-Za-z");
    static final Chars ALNUM = of("A-Za-z0-9");
    static final Chars WORD = of("A-Za-z0-9_");
    static final Chars B64URL = of("A-Za-z0-9_\\-");
    static final Chars B64URL_DOT = of("A-Za-z0-9_.\\-");
    static final Chars B64 = of("A-Za-z0-9+/=");
    static final Chars B64_ANY = of("A-Za-z0-9+/=_\\-");
    static final Chars BASE32_UPPER = of("A-Z2-7");
    static final Chars BECH32_UPPER = of("QPZRY9X8GF2TVDW0S3JN54KHCE6MUA7L");
    static final Chars AZURE_SECRET = of("A-Za-z0-9_~.\\-");

    private final boolean[] ascii = new boolean[128];

    private Chars() {
    }

    /** Ranges like {@code a-z} and single characters; a backslash takes the next character literally. */
    static Chars of(String spec) {
        Chars chars = new Chars();
        for (int i = 0; i < spec.length(); i++) {
            char c = spec.charAt(i);
            if (c == '\\') {
                chars.ascii[spec.charAt(++i)] = true;
            } else if (i + 2 < spec.length() && spec.charAt(i + 1) == '-') {
                for (char x = c; x <= spec.charAt(i + 2); x++) {
                    chars.ascii[x] = true;
                }
                i += 2;
            } else {
                chars.ascii[c] = true;
            }
        }
        return chars;
    }

    Chars plus(String spec) {
        Chars more = of(spec);
        Chars chars = new Chars();
        for (int i = 0; i < 128; i++) {
            chars.ascii[i] = ascii[i] || more.ascii[i];
        }
        return chars;
    }

    boolean has(char c) {
        return c < 128 && ascii[c];
    }

    static boolean alnum(char c) {
        return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9');
    }

    static boolean digit(char c) {
        return c >= '0' && c <= '9';
    }
}
