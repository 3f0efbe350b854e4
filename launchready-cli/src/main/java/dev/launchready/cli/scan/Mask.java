package dev.launchready.cli.scan;

/** A secret as a report may show it: a few leading chars and the length, never enough to use. */
final class Mask {

    private Mask() {
    }

    /**
     * At most the first 4 chars, and at most a quarter of the secret (a 7-char password shows 1):
     * enough to recognise which key it is, never enough to guess it.
     */
    static String excerpt(String secret) {
        int shown = Math.min(4, secret.length() / 4);
        StringBuilder out = new StringBuilder(shown + 16);
        for (int i = 0; i < shown; i++) {
            char c = secret.charAt(i);
            out.append(c < 0x20 || c == 0x7f || Character.isSurrogate(c) ? '?' : c);
        }
        return out.append("…(").append(secret.length()).append(" chars)").toString();
    }
}
