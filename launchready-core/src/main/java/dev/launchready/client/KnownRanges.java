package dev.launchready.client;

import java.util.List;

/** The ranges behind the words {@code private} and {@code cloudflare} in {@code launchready.client.trusted-proxies}. */
final class KnownRanges {

    /**
     * Where only our own infrastructure should be: loopback, RFC 1918, link-local, IPv6 unique-local,
     * and shared address space 100.64.0.0/10 (RFC 6598, carrier-grade NAT). The last one is included
     * because cloud load balancers talk to backends from it (Alibaba Cloud SLB, some Kubernetes and
     * VPC setups) and Tomcat's RemoteIpValve trusts it by default; a visitor's CGNAT address never
     * reaches a public server directly, since carriers do not route it. Caveat: an app reached over
     * Tailscale (100.64.0.0/10 as well) would trust tailnet peers' headers; list explicit ranges there.
     * IPv4-mapped forms ({@code ::ffff:10.0.0.1}) match through {@link Ip}.
     */
    static final List<String> PRIVATE = List.of(
            "127.0.0.0/8", "::1/128",
            "10.0.0.0/8", "172.16.0.0/12", "192.168.0.0/16",
            "169.254.0.0/16", "fe80::/10",
            "fc00::/7",
            "100.64.0.0/10");

    /**
     * Cloudflare's published edge ranges, https://www.cloudflare.com/ips-v4 and /ips-v6 (list on
     * https://www.cloudflare.com/ips/), copied 2026-11-23. Cloudflare announces changes there with
     * notice; when it changes, update this list and the test that pins its size.
     */
    static final List<String> CLOUDFLARE = List.of(
            "173.245.48.0/20", "103.21.244.0/22", "103.22.200.0/22", "103.31.4.0/22", "141.101.64.0/18",
            "108.162.192.0/18", "190.93.240.0/20", "188.114.96.0/20", "197.234.240.0/22", "198.41.128.0/17",
            "162.158.0.0/15", "104.16.0.0/13", "104.24.0.0/14", "172.64.0.0/13", "131.0.72.0/22",
            "2400:cb00::/32", "2606:4700::/32", "2803:f800::/32", "2405:b500::/32", "2405:8100::/32",
            "2a06:98c0::/29", "2c0f:f248::/32");

    private KnownRanges() {
    }
}
