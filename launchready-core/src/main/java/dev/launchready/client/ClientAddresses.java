package dev.launchready.client;

import dev.launchready.config.ClientSettings;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.function.Function;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Resolves the client behind a request from the socket's peer address and, only when that peer is a
 * trusted proxy, the forwarding headers it sent. Thread-safe; build one per application and share it.
 *
 * <p>Order of evidence from a trusted peer: with the Cloudflare preset and a peer inside Cloudflare's
 * ranges, {@code CF-Connecting-IP}; else {@code Forwarded} ({@code for=}) or {@code X-Forwarded-For},
 * each walked right to left past trusted proxies.
 *
 * <p>Why {@code Forwarded} is preferred but never trusted alone against {@code X-Forwarded-For}: it is
 * the standard (RFC 7239) and carries a {@code proto} per hop, so the scheme of the very hop we accept
 * is known. But most proxies (nginx, Caddy, ALB) manage only {@code X-Forwarded-*} and pass a
 * client's {@code Forwarded} through untouched, so "prefer Forwarded" alone would let anyone choose
 * their address (rack/rack#1423, onetimesecret/onetimesecret#4377). So when both name an address, both
 * are walked; if they name different clients, neither is believed: the peer itself is the client and
 * a warning says to make the proxy set one header and drop the other. A {@code Forwarded} without any
 * {@code for=} says nothing about addresses and leaves them to {@code X-Forwarded-For}.
 *
 * <p>Scheme, only from a trusted peer: {@code proto=} of the {@code Forwarded} element the walk ended
 * on, else the right-most {@code X-Forwarded-Proto} entry (the one our peer wrote), else,
 * with the Cloudflare preset and Cloudflare on the path, {@code CF-Visitor}.
 */
public final class ClientAddresses {

    private static final Logger SECURITY = LoggerFactory.getLogger("launchready.security");
    private static final String TRUSTED_PROXIES = "launchready.client.trusted-proxies";
    /** How many peers the warning memories hold. */
    static final int WARN_MEMORY = 1024;

    private static final Optional<String> HTTP = Optional.of("http");
    private static final Optional<String> HTTPS = Optional.of("https");
    private static final CidrSet CLOUDFLARE = CidrSet.of(KnownRanges.CLOUDFLARE);
    private static final CidrSet PRIVATE = CidrSet.of(KnownRanges.PRIVATE);

    private final CidrSet trusted;
    /** Cloudflare's ranges when the preset is on, else null: gates CF-Connecting-IP and CF-Visitor. */
    private final CidrSet cloudflarePreset;
    private final int ipv6Prefix;
    private final WarnOnce untrustedPeers = new WarnOnce(WARN_MEMORY);
    /**
     * The last trusted peer's literal, parsed: behind a proxy nearly every request comes from the same
     * one or two proxy addresses, so the socket's literal is compared, not parsed and matched again.
     * Written only for trusted peers, so a crowd of direct visitors never writes it; immutable, so a
     * thread that reads an older one still reads a correct one.
     */
    private volatile TrustedPeer lastTrusted;
    private final WarnOnce disagreeingPeers = new WarnOnce(WARN_MEMORY);

    private ClientAddresses(ClientSettings settings) {
        List<String> ranges = new ArrayList<>();
        for (String entry : settings.trustedProxies()) {
            if (entry.equals("private")) {
                ranges.addAll(KnownRanges.PRIVATE);
            } else if (entry.equals("cloudflare")) {
                ranges.addAll(KnownRanges.CLOUDFLARE);
            } else {
                ranges.add(entry);
            }
        }
        if (settings.cloudflare()) { // the preset: Cloudflare is in front, so its edges are trusted
            ranges.addAll(KnownRanges.CLOUDFLARE);
        }
        try {
            this.trusted = CidrSet.of(ranges);
        } catch (IllegalArgumentException e) {
            throw new IllegalArgumentException(TRUSTED_PROXIES + ": " + e.getMessage(), e);
        }
        this.cloudflarePreset = settings.cloudflare() ? CLOUDFLARE : null;
        this.ipv6Prefix = settings.ipv6Prefix();
    }

    public static ClientAddresses of(ClientSettings settings) {
        return new ClientAddresses(Objects.requireNonNull(settings, "settings"));
    }

    /**
     * @param peerAddress the socket's remote address literal (servlet {@code getRemoteAddr()}); brackets
     *     around IPv6 are tolerated
     * @param headers every value of the named request header, in order; an empty list when absent (the
     *     adapter does the case-insensitive lookup)
     */
    public ClientAddress resolve(String peerAddress, Function<String, List<String>> headers) {
        Objects.requireNonNull(headers, "headers");
        TrustedPeer last = lastTrusted;
        if (last != null && last.literal.equals(peerAddress)) {
            return fromTrustedPeer(last.ip, headers);
        }
        Ip peer = peer(peerAddress);
        if (peer == null) {
            return new ClientAddress("unknown", "unknown", false, Optional.empty(), anyForwarding(headers));
        }
        if (!trusted.contains(peer)) {
            boolean forwarding = anyForwarding(headers);
            if (forwarding) {
                warnUntrusted(peer);
            }
            return address(peer, false, null, forwarding);
        }
        lastTrusted = new TrustedPeer(peerAddress, peer);
        return fromTrustedPeer(peer, headers);
    }

    /**
     * Whether the socket's peer is a trusted proxy, whose headers (forwarding, request IDs) are believed.
     * Cheaper than {@link #resolve} when only that is needed.
     */
    public boolean trustsPeer(String peerAddress) {
        TrustedPeer last = lastTrusted;
        if (last != null && last.literal.equals(peerAddress)) {
            return true;
        }
        Ip peer = peer(peerAddress);
        return peer != null && trusted.contains(peer);
    }

    /**
     * The scheme a trusted proxy reported for this request ({@code "http"} or {@code "https"}), or null
     * when the peer is not trusted or said nothing: what {@link #resolve} says, for a decision that needs
     * only the scheme (HTTPS without redirects). Behind the usual proxy ({@code X-Forwarded-*}, no
     * {@code Forwarded}, no Cloudflare preset) the scheme does not depend on which address the walk ends
     * on, so neither {@code X-Forwarded-For} is read nor an address parsed; anything else is resolved.
     */
    public String trustedScheme(String peerAddress, Function<String, List<String>> headers) {
        Objects.requireNonNull(headers, "headers");
        if (cloudflarePreset == null && trustsPeer(peerAddress) && values(headers, "Forwarded").isEmpty()) {
            return Schemes.xForwardedProto(values(headers, "X-Forwarded-Proto"));
        }
        return resolve(peerAddress, headers).trustedScheme();
    }

    private ClientAddress fromTrustedPeer(Ip peer, Function<String, List<String>> headers) {
        boolean viaCloudflare = cloudflarePreset != null && cloudflarePreset.contains(peer);
        Ip client = viaCloudflare ? cfConnectingIp(values(headers, "CF-Connecting-IP")) : null;
        String proto = null;
        if (client == null) {
            List<String> forwarded = values(headers, "Forwarded");
            List<String> forwardedFor = values(headers, "X-Forwarded-For");
            boolean addressFromForwarded = false;
            if (!forwarded.isEmpty()) {
                HopWalk walk = new HopWalk(trusted, cloudflarePreset);
                ForwardedHeader.walk(forwarded, walk);
                proto = walk.proto;
                if (walk.sawFor) {
                    addressFromForwarded = true;
                    client = walk.client;
                    viaCloudflare |= walk.sawCloudflare;
                }
            }
            if (!forwardedFor.isEmpty()) {
                HopWalk walk = new HopWalk(trusted, cloudflarePreset);
                XForwardedFor.walk(forwardedFor, walk);
                if (!addressFromForwarded) {
                    client = walk.client;
                    viaCloudflare |= walk.sawCloudflare;
                } else if (!Objects.equals(client, walk.client)) {
                    warnDisagreement(peer);
                    client = null;
                    proto = null;
                }
            }
        }
        if (proto == null) {
            proto = Schemes.xForwardedProto(values(headers, "X-Forwarded-Proto"));
        }
        if (proto == null && viaCloudflare) {
            proto = Schemes.cfVisitor(values(headers, "CF-Visitor"));
        }
        return address(client == null ? peer : client, true, proto, false);
    }

    private ClientAddress address(Ip ip, boolean viaTrustedProxy, String scheme, boolean untrustedForwarding) {
        Optional<String> s = scheme == null ? Optional.empty() : scheme.equals("https") ? HTTPS : HTTP;
        String text = ip.text();
        // An IPv4 key is the literal plus "/32": print the address once, not twice, per request.
        String limitKey = ip.isV4() ? text + "/32" : ip.limitKey(ipv6Prefix);
        return new ClientAddress(text, limitKey, viaTrustedProxy, s, untrustedForwarding);
    }

    /**
     * Whether an address literal (as in {@link ClientAddress#ip()}) is loopback, private, link-local,
     * unique-local or shared (CGNAT) space: where proxies live, and where no visitor comes from directly.
     * False for anything that is not a literal.
     */
    public static boolean isPrivateAddress(String literal) {
        Ip ip = literal == null ? null : peer(literal);
        return ip != null && PRIVATE.contains(ip);
    }

    /**
     * The socket's literal. Unlike header values it comes from the operating system, not the client, so
     * two spellings are tolerated: brackets ({@code [::1]}, some containers) and a zone id
     * ({@code fe80::1%eth0}, Java's text for a link-local peer), which is dropped.
     */
    private static Ip peer(String text) {
        if (text == null) {
            return null;
        }
        int from = 0;
        int to = text.length();
        if (to > 2 && text.charAt(0) == '[' && text.charAt(to - 1) == ']') {
            from++;
            to--;
        }
        int zone = text.indexOf('%', from);
        if (zone >= 0 && zone < to) {
            to = zone;
        }
        return IpLiteral.parse(text, from, to);
    }

    /** Cloudflare sends exactly one plain address; anything else falls back to the walk. */
    private static Ip cfConnectingIp(List<String> values) {
        if (values.size() != 1 || values.get(0) == null) {
            return null;
        }
        String value = values.get(0);
        int from = HopWalk.skipSpaces(value);
        return IpLiteral.parse(value, from, HopWalk.dropSpaces(value, from));
    }

    /** Headers that only a proxy should send and that we would read from a trusted one. */
    private static boolean anyForwarding(Function<String, List<String>> headers) {
        return !values(headers, "X-Forwarded-For").isEmpty() || !values(headers, "Forwarded").isEmpty()
                || !values(headers, "X-Forwarded-Proto").isEmpty() || !values(headers, "CF-Connecting-IP").isEmpty();
    }

    private static List<String> values(Function<String, List<String>> headers, String name) {
        List<String> values = headers.apply(name);
        return values == null ? List.of() : values;
    }

    /**
     * Once per peer (per IPv6 network of the configured prefix, so one host rotating addresses is one
     * peer). Private-range peers warn too: with an empty or too narrow trusted list, a Docker or
     * Kubernetes proxy on 172.17.0.1 or 10.x is the likeliest reason, and exactly what the line is for.
     */
    private void warnUntrusted(Ip peer) {
        if (!untrustedPeers.firstTime(peer.limitKey(ipv6Prefix))) {
            return;
        }
        if (CLOUDFLARE.contains(peer)) {
            SECURITY.warn("forwarded headers from untrusted peer {} ignored; it is a Cloudflare address: if Cloudflare"
                    + " is your proxy, set launchready.client.cloudflare=true", peer.text());
        } else {
            SECURITY.warn("forwarded headers from untrusted peer {} ignored; if it is your proxy, add it to "
                    + TRUSTED_PROXIES, peer.text());
        }
    }

    private void warnDisagreement(Ip peer) {
        if (disagreeingPeers.firstTime(peer.limitKey(ipv6Prefix))) {
            SECURITY.warn("Forwarded and X-Forwarded-For from trusted proxy {} name different clients, so neither is"
                    + " believed and the proxy's address is used; make the proxy set one of them and remove the other"
                    + " from incoming requests", peer.text());
        }
    }

    /** A socket literal already found to be a trusted proxy, with its parsed address. */
    private record TrustedPeer(String literal, Ip ip) {
    }
}
