package dev.launchready.client;

import java.util.List;

/**
 * Walks {@code X-Forwarded-For}: comma-separated hops, several header lines joined in order, newest
 * hop on the right. Scanned backwards without splitting, so a long header costs only the hops read.
 */
final class XForwardedFor {

    /** Longer than any node ({@code [v6 with v4 tail]:port} is 53 characters) plus spaces. */
    private static final int MAX_ENTRY = 100;

    private XForwardedFor() {
    }

    static void walk(List<String> values, HopWalk walk) {
        for (int v = values.size() - 1; v >= 0; v--) {
            String value = values.get(v);
            if (value == null) {
                continue;
            }
            int end = value.length();
            while (true) {
                if (!walk.nextEntry()) {
                    return;
                }
                int comma = end - 1;
                while (comma >= 0 && value.charAt(comma) != ',') {
                    if (end - comma > MAX_ENTRY) {
                        return; // not an address, whatever it is
                    }
                    comma--;
                }
                int from = comma + 1;
                int to = end;
                while (from < to && HopWalk.isSpace(value.charAt(from))) {
                    from++;
                }
                while (to > from && HopWalk.isSpace(value.charAt(to - 1))) {
                    to--;
                }
                // Empty entries are ignored, as RFC 9110 section 5.6.1 asks of list recipients.
                if (from < to && !walk.hop(IpLiteral.node(value, from, to))) {
                    return;
                }
                if (comma < 0) {
                    break;
                }
                end = comma;
            }
        }
    }
}
