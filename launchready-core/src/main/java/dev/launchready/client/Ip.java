package dev.launchready.client;

import java.nio.charset.StandardCharsets;

/**
 * One IP address as 128 bits. IPv4 addresses are held in their IPv4-mapped IPv6 form
 * ({@code ::ffff:a.b.c.d}), so {@code ::ffff:1.2.3.4} and {@code 1.2.3.4} are the same value, and one
 * range matcher serves both families: a v4 {@code /n} is simply a {@code /(96 + n)}.
 */
record Ip(long hi, long lo) {

    private static final long V4_MAPPED = 0xFFFF_0000_0000L;

    static Ip v4(long address) {
        return new Ip(0, V4_MAPPED | (address & 0xFFFF_FFFFL));
    }

    boolean isV4() {
        return hi == 0 && (lo >>> 32) == 0xFFFFL;
    }

    /** The address with every bit after the first {@code bits} cleared (bits counted over all 128). */
    Ip masked(int bits) {
        return new Ip(hi & mask(bits), lo & mask(bits - 64));
    }

    /** The first {@code bits} bits set, for one 64-bit half; {@code bits} may be out of 0..64. */
    static long mask(int bits) {
        if (bits <= 0) {
            return 0;
        }
        return bits >= 64 ? -1L : -1L << (64 - bits);
    }

    /** Dotted quad for IPv4 (also when it arrived IPv4-mapped), RFC 5952 canonical text for IPv6. */
    String text() {
        if (isV4()) {
            return v4Text((int) lo);
        }
        StringBuilder out = new StringBuilder(39);
        appendTo(out);
        return out.toString();
    }

    /** Printed into bytes, not through a builder: every request through a proxy prints one. */
    private static String v4Text(int v) {
        byte[] out = new byte[15];
        int n = 0;
        for (int shift = 24; shift >= 0; shift -= 8) {
            int part = (v >>> shift) & 0xFF;
            if (part >= 100) {
                out[n++] = (byte) ('0' + part / 100);
            }
            if (part >= 10) {
                out[n++] = (byte) ('0' + part / 10 % 10);
            }
            out[n++] = (byte) ('0' + part % 10);
            if (shift > 0) {
                out[n++] = '.';
            }
        }
        return new String(out, 0, n, StandardCharsets.ISO_8859_1);
    }

    /**
     * What the rate limiter counts against: the address itself for IPv4 ({@code 1.2.3.4/32}); for IPv6
     * the network of the first {@code ipv6Prefix} bits ({@code 2001:db8:1:2::/64}), because one
     * subscriber usually holds a whole /64 (often a /56 or /48) and rotates addresses inside it.
     */
    String limitKey(int ipv6Prefix) {
        StringBuilder out = new StringBuilder(43);
        if (isV4()) {
            appendTo(out);
            return out.append("/32").toString();
        }
        masked(ipv6Prefix).appendTo(out);
        return out.append('/').append(ipv6Prefix).toString();
    }

    private void appendTo(StringBuilder out) {
        if (isV4()) {
            int v = (int) lo;
            out.append(v >>> 24).append('.').append((v >>> 16) & 0xFF).append('.')
                    .append((v >>> 8) & 0xFF).append('.').append(v & 0xFF);
            return;
        }
        // RFC 5952: lower-case hex, no leading zeros, "::" for the longest run (first on a tie) of two or
        // more zero groups, so that equal addresses always produce equal keys and log lines.
        int bestStart = -1;
        int bestLength = 1;
        for (int i = 0; i < 8; ) {
            if (group(i) != 0) {
                i++;
                continue;
            }
            int start = i;
            while (i < 8 && group(i) == 0) {
                i++;
            }
            if (i - start > bestLength) {
                bestStart = start;
                bestLength = i - start;
            }
        }
        for (int i = 0; i < 8; i++) {
            if (i == bestStart) {
                out.append("::");
                i += bestLength - 1;
                continue;
            }
            if (i > 0 && i != bestStart + bestLength) {
                out.append(':');
            }
            out.append(Integer.toHexString(group(i)));
        }
    }

    private int group(int index) {
        long half = index < 4 ? hi : lo;
        return (int) (half >>> (48 - 16 * (index & 3))) & 0xFFFF;
    }
}
