package dev.launchready.client;

import java.util.List;

/**
 * Reads the scheme claims other than {@code Forwarded: proto=}: {@code X-Forwarded-Proto} and
 * Cloudflare's {@code CF-Visitor}. Both are read from the end and within a few characters, so an
 * oversized header costs nothing.
 */
final class Schemes {

    private static final int MAX_ENTRIES = 8;
    private static final int MAX_ENTRY = 16;
    private static final int MAX_VISITOR = 128;

    private Schemes() {
    }

    /** {@code "http"} or {@code "https"} for those words in any case, else null. */
    static String normalise(String text, int from, int to) {
        int length = to - from;
        if (length == 5 && text.regionMatches(true, from, "https", 0, 5)) {
            return "https";
        }
        if (length == 4 && text.regionMatches(true, from, "http", 0, 4)) {
            return "http";
        }
        return null;
    }

    /**
     * The right-most {@code X-Forwarded-Proto} entry. It is the one written by our direct peer, the
     * only proxy we know we trust, whether that proxy replaced the header ({@code proxy_set_header},
     * ALB: then there is one entry) or appended to it (HAProxy {@code add-header}: then every entry to
     * its left came from further out, possibly from the client itself). An unknown word means no claim.
     */
    static String xForwardedProto(List<String> values) {
        int entries = 0;
        for (int v = values.size() - 1; v >= 0; v--) {
            String value = values.get(v);
            if (value == null) {
                continue;
            }
            ListFromRight list = new ListFromRight(value, false);
            while (list.hasNext() && ++entries <= MAX_ENTRIES) {
                if (!list.next(MAX_ENTRY)) {
                    return null; // no scheme is this long
                }
                if (!list.empty()) {
                    return normalise(value, list.from, list.to);
                }
            }
        }
        return null;
    }

    /** The {@code scheme} of {@code CF-Visitor: {"scheme":"https"}}, read by hand: no JSON parser per request. */
    static String cfVisitor(List<String> values) {
        if (values.isEmpty()) {
            return null;
        }
        String value = values.get(values.size() - 1);
        if (value == null || value.length() > MAX_VISITOR) {
            return null;
        }
        int i = value.indexOf("\"scheme\"");
        if (i < 0) {
            return null;
        }
        i = skipSpace(value, i + 8);
        if (i >= value.length() || value.charAt(i) != ':') {
            return null;
        }
        i = skipSpace(value, i + 1);
        if (i >= value.length() || value.charAt(i) != '"') {
            return null;
        }
        int close = value.indexOf('"', i + 1);
        return close < 0 ? null : normalise(value, i + 1, close);
    }

    private static int skipSpace(String text, int i) {
        while (i < text.length() && HopWalk.isSpace(text.charAt(i))) {
            i++;
        }
        return i;
    }
}
