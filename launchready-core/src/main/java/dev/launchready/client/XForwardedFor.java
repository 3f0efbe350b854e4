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
        if (values.size() == 1 && single(values.get(0), walk)) {
            return;
        }
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

    /**
     * The usual case, one proxy in front writing one address: a value without a comma is the whole
     * list, read without the list scanner. Same outcome as the general walk: an over-long or empty
     * entry names nobody, anything else is the one hop. False: not this case, walk the general way.
     */
    private static boolean single(String value, HopWalk walk) {
        if (value == null || value.indexOf(',') >= 0) {
            return false;
        }
        if (value.length() > MAX_ENTRY) {
            return true;
        }
        int from = HopWalk.skipSpaces(value);
        int to = HopWalk.dropSpaces(value, from);
        if (from < to && walk.nextEntry()) {
            walk.hop(IpLiteral.node(value, from, to));
        }
        return true;
    }
}
