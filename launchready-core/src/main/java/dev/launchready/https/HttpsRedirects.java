package dev.launchready.https;

import dev.launchready.client.ClientAddresses;
import dev.launchready.config.HttpsSettings;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.concurrent.atomic.AtomicBoolean;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * HSTS and the HTTPS/canonical-host redirect. Thread-safe; build one per application.
 *
 * <p>Two different standards of proof, on purpose. Secure-ness (HSTS) needs the TLS socket itself or a
 * trusted proxy saying https. A redirect needs plain HTTP known for certain: a trusted proxy saying
 * http, an explicit http claim, or a public address sending no proxy header (a visitor straight from
 * the Internet); any https claim from anyone, a trusted proxy that says nothing, or a private-range
 * peer that might be an unlisted proxy suppresses it. So behind Cloudflare Flexible SSL, nginx or a load balancer it can fail to redirect
 * (a warning says so, once), but it can never loop.
 *
 * <p>The target is built from configured hosts only, never from {@code Host} or
 * {@code X-Forwarded-Host}, and the path is re-encoded after it, so nothing a client sends can move
 * the redirect off our host. One hop: {@code http://alias/x} goes straight to {@code https://host/x}.
 * In preload mode {@code http://alias} goes to {@code https://alias} first, as hstspreload.org
 * requires, then on: two hops. ACME challenges and exempt paths (webhooks) are never redirected.
 */
public final class HttpsRedirects {

    private static final Logger log = LoggerFactory.getLogger(HttpsRedirects.class);
    private static final Logger SECURITY = LoggerFactory.getLogger("launchready.security");
    private static final String ACME = "/.well-known/acme-challenge/";

    private final HttpsSettings settings;
    private final String hsts;
    /** The canonical host, then the aliases, each as "host" and the target prefix "https://host[:port]". */
    private final String[] hosts;
    private final String[] targets;
    private final String[] exact;
    private final String[] prefixes;
    private final boolean redirecting;
    /** The two answers that redirect nothing, made once: the usual request allocates no decision. */
    private final HttpsDecision secureStay;
    private final HttpsDecision plainStay;
    private final AtomicBoolean warnedSilentProxy = new AtomicBoolean();
    private final AtomicBoolean warnedClaim = new AtomicBoolean();

    private HttpsRedirects(HttpsSettings settings) {
        this.settings = settings;
        StringBuilder h = new StringBuilder("max-age=").append(settings.hstsMaxAge().toSeconds());
        if (settings.includeSubDomains()) {
            h.append("; includeSubDomains");
        }
        if (settings.preload()) {
            h.append("; preload");
        }
        this.hsts = settings.hsts() ? h.toString() : null;
        List<String> all = new ArrayList<>();
        settings.host().ifPresent(all::add);
        all.addAll(settings.aliases());
        this.hosts = all.toArray(String[]::new);
        String port = settings.port() == 443 ? "" : ":" + settings.port();
        this.targets = all.stream().map(host -> "https://" + host + port).toArray(String[]::new);
        this.exact = settings.exemptPaths().stream().filter(p -> !p.endsWith("/**")).toArray(String[]::new);
        this.prefixes = settings.exemptPaths().stream().filter(p -> p.endsWith("/**"))
                .map(p -> p.substring(0, p.length() - 3)).toArray(String[]::new);
        this.redirecting = settings.redirect() && settings.host().isPresent();
        this.secureStay = new HttpsDecision(true, null, 0, hsts);
        this.plainStay = new HttpsDecision(false, null, 0, null);
    }

    public static HttpsRedirects of(HttpsSettings settings) {
        return new HttpsRedirects(Objects.requireNonNull(settings, "settings"));
    }

    /** Startup lines: what is on, and what preload commits the domain to. */
    public List<String> summary() {
        List<String> lines = new ArrayList<>();
        lines.add("LaunchReady HTTPS: HSTS " + (hsts == null ? "off" : "\"" + hsts + "\"") + "; redirects "
                + (redirecting ? "to https://" + hosts[0] + (settings.port() == 443 ? "" : ":" + settings.port())
                        + (settings.aliases().isEmpty() ? "" : " from " + settings.aliases())
                        : settings.redirect() ? "off (set launchready.https.host)" : "off"));
        if (settings.preload()) {
            lines.add("launchready.https.preload=true: once submitted to hstspreload.org, browsers will refuse plain"
                    + " HTTP for this domain AND EVERY SUBDOMAIN, for good; removal takes months. Every subdomain"
                    + " (mail, staging, intranet) must serve HTTPS before you submit.");
        }
        return lines;
    }

    /** Logs {@link #summary()}: the preload line as a warning. */
    public void logSummary() {
        List<String> lines = summary();
        log.info(lines.get(0));
        for (int i = 1; i < lines.size(); i++) {
            log.warn(lines.get(i));
        }
    }

    /**
     * Whether any request can be redirected (redirects on and a canonical host set). When not,
     * {@link #stay} is the whole decision and an adapter need not gather an {@link HttpsRequest}.
     */
    public boolean redirects() {
        return redirecting;
    }

    /**
     * The decision for a request that is not redirected: whether the visitor is on HTTPS (a trusted
     * proxy's scheme, else the socket's), and HSTS if so. The same as {@link #decide} gives such a request.
     *
     * @param trustedScheme the scheme a trusted proxy reported
     *     ({@link dev.launchready.client.ClientAddresses#trustedScheme}), or null
     */
    public HttpsDecision stay(boolean socketSecure, String trustedScheme) {
        return (trustedScheme != null ? trustedScheme.equals("https") : socketSecure) ? secureStay : plainStay;
    }

    public HttpsDecision decide(HttpsRequest r) {
        var client = r.client();
        boolean trusted = client.viaTrustedProxy();
        String scheme = client.trustedScheme();
        boolean secure = scheme != null ? scheme.equals("https") : r.socketSecure();
        String hstsValue = secure ? hsts : null;
        if (!redirecting || exempt(r.path())) {
            return secure ? secureStay : plainStay;
        }
        int known = hostIndex(r.host());
        String target = null;
        if (!secure) {
            String doubt = doubt(r.claims(), trusted, scheme, client.ip());
            if (doubt != null) {
                warnSuppressed(client.ip(), doubt);
            } else {
                // Plain HTTP for certain. Preload: the same host first (hstspreload wants http://apex -> https://apex).
                target = settings.preload() && known >= 0 ? targets[known] : targets[0];
            }
        } else if (known > 0) {
            target = targets[0];
        }
        if (target == null) {
            return secure ? secureStay : plainStay;
        }
        String method = r.method();
        int status = "GET".equals(method) || "HEAD".equals(method) ? 301 : 308;
        return new HttpsDecision(secure, Locations.of(target, r.rawPath(), r.query()), status, hstsValue);
    }

    /** The configured host a Host header names (port and a trailing dot ignored), or -1. */
    private int hostIndex(String hostHeader) {
        if (hostHeader == null) {
            return -1;
        }
        int end = hostHeader.length();
        if (hostHeader.startsWith("[")) {
            return -1; // an IPv6 literal is none of our names
        }
        int colon = hostHeader.indexOf(':');
        if (colon >= 0) {
            end = colon;
        }
        if (end > 0 && hostHeader.charAt(end - 1) == '.') {
            end--;
        }
        for (int i = 0; i < hosts.length; i++) {
            String h = hosts[i];
            if (h.length() == end && hostHeader.regionMatches(true, 0, h, 0, end)) {
                return i;
            }
        }
        return -1;
    }

    private boolean exempt(String path) {
        if (path == null) {
            return false;
        }
        if (path.startsWith(ACME)) {
            return true;
        }
        for (String e : exact) {
            if (e.equals(path) || (path.length() == e.length() + 1 && path.startsWith(e) && path.endsWith("/"))) {
                return true;
            }
        }
        for (String prefix : prefixes) {
            if (path.startsWith(prefix) && (path.length() == prefix.length() || path.charAt(prefix.length()) == '/')) {
                return true;
            }
        }
        return false;
    }

    /**
     * Why plain HTTP is not certain for a request that is not secure, or null when it is. Untrusted:
     * only an explicit http claim, or a public address sending no proxy header at all (a visitor
     * straight from the Internet), is certain; a private address sending nothing may be a proxy we do
     * not know, terminating TLS.
     */
    private static String doubt(SchemeClaims claims, boolean trusted, String scheme, String peer) {
        if (claims == SchemeClaims.HTTPS) {
            return trusted ? "claims https in a header our trusted proxy did not write"
                    : "claims https but is not a trusted proxy";
        }
        if (trusted) {
            return scheme == null ? "is a trusted proxy but sends no scheme (X-Forwarded-Proto or Forwarded proto=)"
                    : null;
        }
        if (claims == SchemeClaims.HTTP) {
            return null;
        }
        if (claims == SchemeClaims.PROXY_WITHOUT_SCHEME) {
            return "sends proxy headers but no scheme, and is not a trusted proxy";
        }
        return ClientAddresses.isPrivateAddress(peer) ? "is a private address, maybe a proxy, that sends no scheme"
                : null;
    }

    private void warnSuppressed(String peer, String why) {
        AtomicBoolean once = why.startsWith("claims") ? warnedClaim : warnedSilentProxy;
        if (once.compareAndSet(false, true)) {
            SECURITY.warn("peer {} {}, so plain HTTP is not known for certain: no HTTPS redirect and no HSTS for such"
                    + " requests; make your proxy send X-Forwarded-Proto and list it in"
                    + " launchready.client.trusted-proxies", peer, why);
        }
    }
}
