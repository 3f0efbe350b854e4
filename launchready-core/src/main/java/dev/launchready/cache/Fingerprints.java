package dev.launchready.cache;

/**
 * Whether a static file's name carries a content hash ({@code app.3f9c0a1b2d.css},
 * {@code index-BxD3k9aZ.js}): a name part after the first, of at least 8 letters and digits with at
 * least one digit, so {@code settings.css} and {@code report2024final.pdf} are no fingerprints. Only asked about what a static handler served.
 */
final class Fingerprints {

    private static final int MIN = 8;

    private Fingerprints() {
    }

    static boolean in(String path) {
        if (path == null) {
            return false;
        }
        int name = path.lastIndexOf('/') + 1;
        int end = path.indexOf(';', name);
        end = end < 0 ? path.length() : end;
        int partStart = name;
        for (int i = name; i <= end; i++) {
            char c = i == end ? '.' : path.charAt(i);
            if (c == '.' || c == '-' || c == '_') {
                if (partStart > name && isHash(path, partStart, i)) {
                    return i < end; // the extension itself is no fingerprint
                }
                partStart = i + 1;
            }
        }
        return false;
    }

    private static boolean isHash(String s, int from, int to) {
        if (to - from < MIN) {
            return false;
        }
        boolean digit = false;
        for (int i = from; i < to; i++) {
            char c = s.charAt(i);
            if (c >= '0' && c <= '9') {
                digit = true;
            } else if (!(c >= 'a' && c <= 'z') && !(c >= 'A' && c <= 'Z')) {
                return false;
            }
        }
        return digit;
    }
}
