package dev.launchready.config;

import java.util.List;

/**
 * Which peers may tell us the client's address and scheme.
 *
 * @param trustedProxies CIDR ranges or addresses, plus the words {@code private} (loopback, private,
 *     link-local and unique-local ranges) and {@code cloudflare} (Cloudflare's published ranges); empty
 *     (the setting {@code none}) means no proxy is trusted
 * @param cloudflare whether {@code CF-Connecting-IP} and {@code CF-Visitor} are read (from trusted peers only)
 * @param ipv6Prefix how many leading bits of an IPv6 address identify one client (64: one /64 per client)
 */
public record ClientSettings(List<String> trustedProxies, boolean cloudflare, int ipv6Prefix) {

    public ClientSettings {
        trustedProxies = List.copyOf(trustedProxies);
    }
}
