package dev.launchready.client;

import java.util.List;

/**
 * A set of address ranges, matched by masking the two 64-bit halves of an {@link Ip}: no allocation
 * and no branching on the address family per check. Proxy lists are short (the {@code private} words
 * plus Cloudflare come to 33 ranges), so a linear scan beats any index.
 */
final class CidrSet {

    private final long[] networkHi;
    private final long[] networkLo;
    private final long[] maskHi;
    private final long[] maskLo;

    private CidrSet(List<String> ranges) {
        int n = ranges.size();
        networkHi = new long[n];
        networkLo = new long[n];
        maskHi = new long[n];
        maskLo = new long[n];
        for (int i = 0; i < n; i++) {
            String range = ranges.get(i);
            int slash = range.indexOf('/');
            Ip address = IpLiteral.parse(range, 0, slash < 0 ? range.length() : slash);
            if (address == null) {
                throw new IllegalArgumentException("not an IP address or CIDR range: " + range);
            }
            int bits = prefix(range, slash, address.isV4());
            maskHi[i] = Ip.mask(bits);
            maskLo[i] = Ip.mask(bits - 64);
            networkHi[i] = address.hi() & maskHi[i];
            networkLo[i] = address.lo() & maskLo[i];
        }
    }

    /** Ranges such as {@code 10.0.0.0/8}, {@code 2001:db8::/32}, or single addresses; host bits are ignored. */
    static CidrSet of(List<String> ranges) {
        return new CidrSet(ranges);
    }

    boolean contains(Ip ip) {
        long hi = ip.hi();
        long lo = ip.lo();
        for (int i = 0; i < networkHi.length; i++) {
            if ((hi & maskHi[i]) == networkHi[i] && (lo & maskLo[i]) == networkLo[i]) {
                return true;
            }
        }
        return false;
    }

    boolean isEmpty() {
        return networkHi.length == 0;
    }

    /** The prefix over all 128 bits: an IPv4 {@code /n} covers the IPv4-mapped block, so it is 96 + n. */
    private static int prefix(String range, int slash, boolean v4) {
        int max = v4 ? 32 : 128;
        if (slash < 0) {
            return 128;
        }
        String digits = range.substring(slash + 1);
        if (digits.isEmpty() || digits.length() > 3 || !digits.chars().allMatch(c -> c >= '0' && c <= '9')) {
            throw new IllegalArgumentException("not a prefix length: " + range);
        }
        int bits = Integer.parseInt(digits);
        if (bits > max) {
            throw new IllegalArgumentException("prefix longer than " + max + " bits: " + range);
        }
        return v4 ? 96 + bits : bits;
    }
}
