package dev.launchready.https;

/**
 * Redirect targets: a configured {@code https://host[:port]} followed by the request's raw path and
 * query, with every character outside RFC 3986's path and query sets percent-encoded. The path starts
 * with {@code /} after our authority, so {@code //evil.example}, {@code /\evil}, {@code /%2F%2Fevil} or
 * an encoded CR LF all stay paths on our host; nothing is decoded, so nothing can be smuggled by decoding.
 */
final class Locations {

    private static final char[] HEX = "0123456789ABCDEF".toCharArray();
    private static final int MAX = 8192;

    private Locations() {
    }

    static String of(String target, String rawPath, String query) {
        String path = rawPath == null || rawPath.isEmpty() || rawPath.charAt(0) != '/' || rawPath.length() > MAX
                ? "/" : rawPath;
        StringBuilder sb = new StringBuilder(target.length() + path.length() + (query == null ? 0 : query.length() + 1));
        sb.append(target);
        append(sb, path, false);
        if (query != null && !query.isEmpty() && query.length() <= MAX) {
            sb.append('?');
            append(sb, query, true);
        }
        return sb.toString();
    }

    private static void append(StringBuilder sb, String text, boolean query) {
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (allowed(c, query)) {
                sb.append(c);
            } else if (c == '%' && i + 2 < text.length() && isHex(text.charAt(i + 1)) && isHex(text.charAt(i + 2))) {
                sb.append(c); // already an escape: kept as sent
            } else if (c < 0x80) {
                escape(sb, c);
            } else {
                int cp = text.codePointAt(i);
                if (Character.charCount(cp) == 2) {
                    i++;
                }
                for (byte b : new String(Character.toChars(cp)).getBytes(java.nio.charset.StandardCharsets.UTF_8)) {
                    escape(sb, b & 0xff);
                }
            }
        }
    }

    private static boolean allowed(char c, boolean query) {
        if ((c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9')) {
            return true;
        }
        switch (c) {
            case '-', '.', '_', '~', '!', '$', '&', '\'', '(', ')', '*', '+', ',', ';', '=', ':', '@', '/':
                return true;
            case '?':
                return query;
            default:
                return false;
        }
    }

    private static boolean isHex(char c) {
        return Character.digit(c, 16) >= 0;
    }

    private static void escape(StringBuilder sb, int b) {
        sb.append('%').append(HEX[(b >> 4) & 0xf]).append(HEX[b & 0xf]);
    }
}
