package dev.launchready.client;

/**
 * A comma-separated header value read entry by entry from the right, newest first, each entry trimmed
 * of spaces and tabs, without splitting or allocating per entry: a long header costs only the entries
 * read. Optionally quote-aware, for RFC 7239 quoted-strings that may hold commas.
 */
final class ListFromRight {

    private final String value;
    private final boolean quoteAware;
    private int end;
    int from;
    int to;

    ListFromRight(String value, boolean quoteAware) {
        this.value = value;
        this.quoteAware = quoteAware;
        this.end = value.length();
    }

    boolean hasNext() {
        return end >= 0;
    }

    /** Moves to the next entry leftwards; false, ending the scan, when it is longer than {@code maxLength}. */
    boolean next(int maxLength) {
        int comma = end - 1;
        boolean quoted = false;
        while (comma >= 0 && (quoted || value.charAt(comma) != ',')) {
            if (quoteAware && value.charAt(comma) == '"') {
                quoted = !quoted;
            }
            if (end - comma > maxLength) {
                end = -1;
                return false;
            }
            comma--;
        }
        from = comma + 1;
        to = end;
        while (from < to && HopWalk.isSpace(value.charAt(from))) {
            from++;
        }
        while (to > from && HopWalk.isSpace(value.charAt(to - 1))) {
            to--;
        }
        end = comma; // -1 after the left-most entry
        return true;
    }

    /** Empty entries are skipped by every reader, as RFC 9110 section 5.6.1 asks of list recipients. */
    boolean empty() {
        return from == to;
    }
}
