package dev.launchready.client;

/**
 * A strict parser for IP literals, written by hand because the JDK's only parser,
 * {@code InetAddress.getByName}, resolves anything that is not a literal through DNS: a header value
 * such as {@code evil.example} would block a request thread on the resolver, make us query names an
 * attacker picks, and could even turn into a trusted address. Nothing here does I/O or allocates
 * beyond the result.
 *
 * <p>Accepted: dotted-quad IPv4 with exactly four decimal parts and no leading zeros ({@code 010} is
 * octal to some parsers, so it is refused rather than guessed); IPv6 in any RFC 4291 text form,
 * including an embedded IPv4 tail. Refused: zone ids ({@code fe80::1%eth0}), brackets (only
 * {@link #node} takes those), and anything longer than the longest literal.
 */
final class IpLiteral {

    /** {@code ffff:ffff:ffff:ffff:ffff:ffff:255.255.255.255}. */
    private static final int MAX_LENGTH = 45;

    private IpLiteral() {
    }

    /** The literal in {@code text[from, to)}, or {@code null} when it is not exactly one. */
    static Ip parse(String text, int from, int to) {
        if (to - from <= 0 || to - from > MAX_LENGTH) {
            return null;
        }
        for (int i = from; i < to; i++) {
            if (text.charAt(i) == ':') {
                return v6(text, from, to);
            }
        }
        long v4 = v4(text, from, to);
        return v4 < 0 ? null : Ip.v4(v4);
    }

    static Ip parse(String text) {
        return parse(text, 0, text.length());
    }

    /**
     * A hop as proxies write it (RFC 7239 section 6 node syntax, also seen in {@code X-Forwarded-For}
     * from Azure Application Gateway): {@code 192.0.2.1}, {@code 192.0.2.1:4711}, {@code 2001:db8::1},
     * {@code [2001:db8::1]}, {@code [2001:db8::1]:4711}; the port may be an obfuscated {@code _name}.
     * The port is checked and dropped. {@code unknown} and {@code _hidden} are not addresses: null.
     */
    static Ip node(String text, int from, int to) {
        if (to - from <= 0) {
            return null;
        }
        if (text.charAt(from) == '[') {
            int close = from + 1;
            while (close < to && text.charAt(close) != ']') {
                close++;
            }
            if (close == to) {
                return null;
            }
            Ip ip = v6(text, from + 1, close);
            if (ip == null || close + 1 == to) {
                return ip;
            }
            return text.charAt(close + 1) == ':' && port(text, close + 2, to) ? ip : null;
        }
        int colons = 0;
        int lastColon = -1;
        for (int i = from; i < to; i++) {
            if (text.charAt(i) == ':') {
                colons++;
                lastColon = i;
            }
        }
        if (colons == 1) {
            // IPv4 with a port. A bare IPv6 literal never has exactly one colon.
            long v4 = v4(text, from, lastColon);
            return v4 >= 0 && port(text, lastColon + 1, to) ? Ip.v4(v4) : null;
        }
        return parse(text, from, to);
    }

    private static boolean port(String text, int from, int to) {
        if (to - from <= 0) {
            return false;
        }
        if (text.charAt(from) == '_') { // RFC 7239 obfport: "_" 1*(ALPHA / DIGIT / "." / "_" / "-")
            if (to - from < 2 || to - from > 64) {
                return false;
            }
            for (int i = from + 1; i < to; i++) {
                char c = text.charAt(i);
                if (!(isDigit(c) || (c | 0x20) >= 'a' && (c | 0x20) <= 'z' || c == '.' || c == '_' || c == '-')) {
                    return false;
                }
            }
            return true;
        }
        if (to - from > 5) {
            return false;
        }
        int value = 0;
        for (int i = from; i < to; i++) {
            char c = text.charAt(i);
            if (!isDigit(c)) {
                return false;
            }
            value = value * 10 + (c - '0');
        }
        return value <= 65535;
    }

    /** The 32-bit value of a dotted quad, or -1. */
    static long v4(String text, int from, int to) {
        if (to - from < 7 || to - from > 15) {
            return -1;
        }
        long value = 0;
        int parts = 0;
        int i = from;
        while (true) {
            int start = i;
            int part = 0;
            while (i < to && isDigit(text.charAt(i)) && i - start < 3) {
                part = part * 10 + (text.charAt(i) - '0');
                i++;
            }
            if (i == start || part > 255 || (i - start > 1 && text.charAt(start) == '0')) {
                return -1;
            }
            value = value << 8 | part;
            parts++;
            if (i == to) {
                return parts == 4 ? value : -1;
            }
            if (text.charAt(i) != '.' || parts == 4) {
                return -1;
            }
            i++;
        }
    }

    /** An IPv6 literal, or null. Groups before a "::" build {@code head}, groups after it {@code tail}. */
    private static Ip v6(String text, int from, int to) {
        if (to - from < 2 || to - from > MAX_LENGTH) {
            return null;
        }
        long headHi = 0;
        long headLo = 0;
        long tailHi = 0;
        long tailLo = 0;
        int headGroups = 0;
        int tailGroups = 0;
        boolean compressed = false;
        int i = from;
        if (text.charAt(i) == ':') {
            if (text.charAt(i + 1) != ':') {
                return null;
            }
            compressed = true;
            i += 2;
            if (i == to) {
                return new Ip(0, 0);
            }
        }
        while (true) {
            int start = i;
            int group = 0;
            while (i < to && i - start < 4 && hex(text.charAt(i)) >= 0) {
                group = group << 4 | hex(text.charAt(i));
                i++;
            }
            if (i == start) {
                return null;
            }
            int pieces = 1;
            long v4 = -1;
            if (i < to && text.charAt(i) == '.') { // embedded IPv4: the last 32 bits, two groups
                v4 = v4(text, start, to);
                if (v4 < 0) {
                    return null;
                }
                i = to;
                pieces = 2;
            }
            for (int p = 0; p < pieces; p++) {
                int value = pieces == 1 ? group : (int) (p == 0 ? v4 >>> 16 : v4 & 0xFFFF);
                if (compressed) {
                    tailHi = tailHi << 16 | tailLo >>> 48;
                    tailLo = tailLo << 16 | value;
                    tailGroups++;
                } else {
                    headHi = headHi << 16 | headLo >>> 48;
                    headLo = headLo << 16 | value;
                    headGroups++;
                }
            }
            if (headGroups + tailGroups > 8) {
                return null;
            }
            if (i == to) {
                break;
            }
            if (text.charAt(i) != ':') {
                return null; // a fifth hex digit, a zone id, a bracket, a port...
            }
            i++;
            if (i < to && text.charAt(i) == ':') {
                if (compressed) {
                    return null;
                }
                compressed = true;
                i++;
                if (i == to) {
                    break;
                }
            } else if (i == to) {
                return null;
            }
        }
        if (!compressed) {
            return headGroups == 8 ? new Ip(headHi, headLo) : null;
        }
        if (headGroups + tailGroups > 7) {
            return null;
        }
        int shift = 16 * (8 - headGroups);
        long hi;
        long lo;
        if (shift >= 128) {
            hi = 0;
            lo = 0;
        } else if (shift >= 64) {
            hi = headLo << (shift - 64);
            lo = 0;
        } else {
            hi = headHi << shift | headLo >>> (64 - shift);
            lo = headLo << shift;
        }
        return new Ip(hi | tailHi, lo | tailLo);
    }

    private static int hex(char c) {
        if (c >= '0' && c <= '9') {
            return c - '0';
        }
        int lower = c | 0x20;
        return lower >= 'a' && lower <= 'f' ? lower - 'a' + 10 : -1;
    }

    private static boolean isDigit(char c) {
        return c >= '0' && c <= '9';
    }
}
