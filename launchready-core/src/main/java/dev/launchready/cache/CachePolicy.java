package dev.launchready.cache;

import dev.launchready.config.CacheSettings;
import java.util.List;
import java.util.Locale;
import java.util.Objects;

/**
 * Decides the cache headers of a response. Thread-safe, allocation-free per call: every answer is
 * built once, here.
 *
 * <p>Order, first match wins, failing closed (private) where in doubt:
 * <ol>
 * <li>other methods than GET and HEAD: {@code no-store};</li>
 * <li>a private path (checked on the raw path with {@code ;params} and dot segments removed, and on the
 *     container's decoded path) or a response setting a cookie: {@code private, no-store};</li>
 * <li>a static file handler's 200/206/304: immutable when fingerprinted, else a short TTL; its other
 *     statuses: {@code no-store}. A session or token does not make a static file private: its bytes
 *     are the same for everyone;</li>
 * <li>a member's request (session, {@code Authorization}, principal): {@code private, no-store};</li>
 * <li>anything but 200 and 304 (redirects, errors, 429): {@code no-store};</li>
 * <li>an app's own {@code Cache-Control} (other than Spring Security's blanket default): kept;</li>
 * <li>else a public page, cached at the edge with {@code s-maxage} and {@code stale-while-revalidate}.</li>
 * </ol>
 */
public final class CachePolicy {

    /** Spring Security's default, written on every response: not a choice the app made about this one. */
    static final String SPRING_SECURITY_DEFAULT = "no-cache, no-store, max-age=0, must-revalidate";

    private static final CacheDecision MEMBER =
            new CacheDecision(CacheDecision.Kind.MEMBER, "private, no-store", null, null, true, true);
    private static final CacheDecision NOT_STORED =
            new CacheDecision(CacheDecision.Kind.NOT_STORED, "no-store", null, null, true, true);
    private static final CacheDecision IMMUTABLE = new CacheDecision(CacheDecision.Kind.IMMUTABLE_ASSET,
            "public, max-age=31536000, immutable", null, null, false, true);
    private static final CacheDecision APP_CHOICE =
            new CacheDecision(CacheDecision.Kind.APP_CHOICE, null, null, null, false, false);
    private static final CacheDecision APP_PRIVATE =
            new CacheDecision(CacheDecision.Kind.APP_CHOICE, null, null, null, true, false);

    private final CacheSettings settings;
    private final PathList privatePaths;
    private final CacheDecision staticFile;
    private final CacheDecision publicPage;

    private CachePolicy(CacheSettings settings) {
        this.settings = settings;
        this.privatePaths = new PathList(settings.privatePaths());
        long staticTtl = settings.staticTtl().toSeconds();
        this.staticFile = new CacheDecision(CacheDecision.Kind.STATIC_FILE,
                staticTtl == 0 ? "public, no-cache" : "public, max-age=" + staticTtl + ", must-revalidate",
                null, null, false, true);
        long edge = settings.pageEdgeTtl().toSeconds();
        long stale = settings.pageStaleWhileRevalidate().toSeconds();
        if (edge == 0) {
            this.publicPage = new CacheDecision(CacheDecision.Kind.PUBLIC_PAGE, "no-cache", null, null, true, true);
        } else {
            String swr = stale == 0 ? "" : ", stale-while-revalidate=" + stale;
            String targeted = "public, max-age=" + edge + swr;
            // max-age=0 for browsers: a visitor who logs in must not keep seeing a cached logged-out page.
            this.publicPage = new CacheDecision(CacheDecision.Kind.PUBLIC_PAGE,
                    "public, max-age=0, s-maxage=" + edge + swr,
                    settings.cdnCacheControl() ? targeted : null,
                    settings.cloudflareCdnCacheControl() ? targeted : null, false, true);
        }
    }

    public static CachePolicy of(CacheSettings settings) {
        return new CachePolicy(Objects.requireNonNull(settings, "settings"));
    }

    public CacheSettings settings() {
        return settings;
    }

    public CacheDecision decide(CacheRequest r) {
        String method = r.method();
        if (!"GET".equals(method) && !"HEAD".equals(method)) {
            return NOT_STORED;
        }
        if (r.setsCookie() || privatePaths.matchesRaw(r.rawPath()) || privatePaths.matches(r.path())) {
            return MEMBER;
        }
        int status = r.status();
        boolean cacheableStatus = status == 200 || status == 304;
        if (r.served() != Served.APP) {
            if (!cacheableStatus && status != 206) {
                return NOT_STORED;
            }
            return r.served() == Served.FINGERPRINTED_ASSET || Fingerprints.in(r.rawPath()) ? IMMUTABLE : staticFile;
        }
        if (r.memberRequest()) {
            return MEMBER;
        }
        if (!cacheableStatus) {
            return NOT_STORED;
        }
        String app = r.appCacheControl();
        if (app != null && !app.isBlank() && !SPRING_SECURITY_DEFAULT.equals(app)) {
            return restricts(app) ? APP_PRIVATE : APP_CHOICE;
        }
        return publicPage;
    }

    /**
     * Whether a response's three cache headers are exactly what Spring Security's cache writer writes
     * ({@code Cache-Control} as above, {@code Pragma: no-cache}, {@code Expires: 0}). Each argument is
     * the header's value when it was set once, else null.
     */
    public static boolean springSecurityDefaults(String cacheControl, String pragma, String expires) {
        return SPRING_SECURITY_DEFAULT.equals(cacheControl) && "no-cache".equals(pragma) && "0".equals(expires);
    }

    /**
     * Whether a request's {@code Cookie} header carries one of the session cookies: a member's
     * request even when the session has since expired (fail closed: a miss costs a little, a leak a lot).
     */
    public boolean hasSessionCookie(String cookieHeader) {
        if (cookieHeader == null) {
            return false;
        }
        for (String name : settings.sessionCookies()) {
            int from = 0;
            while ((from = cookieHeader.indexOf(name, from)) >= 0) {
                int end = from + name.length();
                boolean start = from == 0 || cookieHeader.charAt(from - 1) == ' ' || cookieHeader.charAt(from - 1) == ';';
                int i = end;
                while (i < cookieHeader.length() && cookieHeader.charAt(i) == ' ') {
                    i++;
                }
                if (start && i < cookieHeader.length() && cookieHeader.charAt(i) == '=') {
                    return true;
                }
                from = end;
            }
        }
        return false;
    }

    /** Whether the app's value keeps shared caches off (more private than a public page): kept, and enforced. */
    private static boolean restricts(String cacheControl) {
        String cc = cacheControl.toLowerCase(Locale.ROOT);
        return cc.contains("private") || cc.contains("no-store") || cc.contains("no-cache");
    }

    /** For tests: the private paths as configured. */
    List<String> privatePaths() {
        return settings.privatePaths();
    }
}
