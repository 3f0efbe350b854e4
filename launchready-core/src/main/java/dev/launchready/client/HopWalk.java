package dev.launchready.client;

/**
 * The state of one right-to-left walk over a forwarding list. Each entry was appended by the proxy
 * that received the connection from that address, so an entry can be believed only while every
 * entry to its right is a trusted proxy: the walk accepts trusted hops and stops at the first
 * untrusted one (the client), at anything that is not an address (the last good hop is the client),
 * or after {@link #MAX_HOPS} entries, so a header of any length costs bounded work.
 */
final class HopWalk {

    /** Far beyond any real chain of proxies; what lies further left was never checked by anyone we trust. */
    static final int MAX_HOPS = 64;

    private final CidrSet trusted;
    private final CidrSet cloudflare;
    private int entries;

    /** The last address accepted: a trusted hop while walking, the client once stopped; null: none yet. */
    Ip client;
    /** Forwarded only: {@code proto} of the element the walk ended on ({@code http}/{@code https}), or null. */
    String proto;
    /** Forwarded only: the walk met a {@code for=} parameter, so the header speaks about addresses. */
    boolean sawFor;
    /** A trusted hop was one of Cloudflare's (only tracked with the Cloudflare preset on). */
    boolean sawCloudflare;

    /** @param cloudflare Cloudflare's ranges when the preset is on, else null */
    HopWalk(CidrSet trusted, CidrSet cloudflare) {
        this.trusted = trusted;
        this.cloudflare = cloudflare;
    }

    /** Counts one list entry, empty ones included; false once the budget is spent. */
    boolean nextEntry() {
        return ++entries <= MAX_HOPS;
    }

    /** Takes one hop (null: not an address); true when the walk should go on to the left. */
    boolean hop(Ip ip) {
        if (ip == null) {
            return false;
        }
        client = ip;
        if (!trusted.contains(ip)) {
            return false;
        }
        if (cloudflare != null && cloudflare.contains(ip)) {
            sawCloudflare = true;
        }
        return true;
    }

    static boolean isSpace(char c) {
        return c == ' ' || c == '\t';
    }

    /** Where {@code value} starts once leading spaces and tabs are skipped. */
    static int skipSpaces(String value) {
        int from = 0;
        while (from < value.length() && isSpace(value.charAt(from))) {
            from++;
        }
        return from;
    }

    /** Where {@code value} ends once trailing spaces and tabs after {@code from} are dropped. */
    static int dropSpaces(String value, int from) {
        int to = value.length();
        while (to > from && isSpace(value.charAt(to - 1))) {
            to--;
        }
        return to;
    }
}
