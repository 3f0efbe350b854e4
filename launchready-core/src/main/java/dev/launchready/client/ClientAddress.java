package dev.launchready.client;

import java.util.Objects;
import java.util.Optional;

/**
 * Who sent a request, as far as the trusted proxies let us know.
 *
 * @param ip the client's address as a normalised literal: dotted quad for IPv4 (also when it arrived
 *     as {@code ::ffff:1.2.3.4}), RFC 5952 text for IPv6 ({@code 2001:db8::1}); {@code unknown} only
 *     when the socket gave no literal (then nothing forwarded is believed either)
 * @param limitKey what rate limits count against: {@code 1.2.3.4/32}, or for IPv6 the network of the
 *     configured prefix, {@code 2001:db8:1:2::/64}, so rotating addresses inside one /64 does not help
 * @param viaTrustedProxy whether the direct peer is a trusted proxy (whether or not it said anything)
 * @param scheme {@code http} or {@code https}, only when a trusted proxy said so
 * @param forwardedHeadersFromUntrustedPeer whether forwarding headers arrived from a peer we do not
 *     trust (and were ignored): a misconfigured proxy list or a spoofing attempt
 */
public record ClientAddress(String ip, String limitKey, boolean viaTrustedProxy, Optional<String> scheme,
        boolean forwardedHeadersFromUntrustedPeer) {

    public ClientAddress {
        Objects.requireNonNull(ip, "ip");
        Objects.requireNonNull(limitKey, "limitKey");
        Objects.requireNonNull(scheme, "scheme");
    }

    /** The scheme a trusted proxy reported, or null: the only one an HTTPS decision believes. */
    public String trustedScheme() {
        return viaTrustedProxy ? scheme.orElse(null) : null;
    }
}
