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
            ListFromRight entries = new ListFromRight(value, false);
            while (entries.hasNext()) {
                if (!walk.nextEntry() || !entries.next(MAX_ENTRY)) {
                    return; // enough hops read, or an entry too long to be an address, whatever it is
                }
                if (!entries.empty() && !walk.hop(IpLiteral.node(value, entries.from, entries.to))) {
                    return;
                }
            }
        }
    }
}
