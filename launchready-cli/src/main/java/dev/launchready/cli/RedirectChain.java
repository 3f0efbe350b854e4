package dev.launchready.cli;

import java.net.URI;
import java.util.List;

/**
 * Where one starting URL led: each URL visited with its status, and how it ended.
 *
 * @param hops the URLs requested, in order, each with the status it answered
 * @param end how the walk ended
 * @param error the error text when {@code end} is {@code ERROR}
 */
record RedirectChain(URI start, List<Hop> hops, End end, String error) {

    enum End { FINAL, LOOP, TOO_LONG, ERROR }

    record Hop(URI uri, int status) {
    }

    /** The number of redirects followed. */
    int redirects() {
        return Math.max(0, hops.size() - 1);
    }

    URI last() {
        return hops.isEmpty() ? start : hops.get(hops.size() - 1).uri();
    }

    int finalStatus() {
        return hops.isEmpty() ? 0 : hops.get(hops.size() - 1).status();
    }

    String describe() {
        StringBuilder text = new StringBuilder();
        for (Hop hop : hops) {
            if (text.length() > 0) {
                text.append(" -> ");
            }
            text.append(hop.uri()).append(" [").append(hop.status()).append(']');
        }
        if (end == End.LOOP) {
            text.append(" -> (loop)");
        } else if (end == End.ERROR) {
            text.append(text.length() > 0 ? " -> " : "").append(start).append(" [").append(error).append(']');
        } else if (end == End.TOO_LONG) {
            text.append(" -> ...");
        }
        return text.toString();
    }
}
