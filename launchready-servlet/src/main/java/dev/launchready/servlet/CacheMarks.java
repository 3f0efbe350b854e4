package dev.launchready.servlet;

import dev.launchready.cache.Served;
import jakarta.servlet.ServletRequest;

/**
 * What served a response, said by the code that served it, because a URL's suffix proves nothing
 * ({@code /account/x.css} is the account page). A static file handler or asset servlet calls one of
 * these before writing; without a call a response is the app's own, and public only when anonymous.
 *
 * <p>Apps that do not compile against LaunchReady can set the request attribute {@value #ATTRIBUTE}
 * to {@code "static-file"} or {@code "fingerprinted-asset"} instead.
 */
public final class CacheMarks {

    /** The request attribute these calls set. */
    public static final String ATTRIBUTE = "dev.launchready.cache.served";
    static final String PRIVATE_ATTRIBUTE = "dev.launchready.cache.private";

    private CacheMarks() {
    }

    /** A static file handler served this: public with a short TTL, or immutable when its name carries a fingerprint. */
    public static void staticFile(ServletRequest request) {
        request.setAttribute(ATTRIBUTE, Served.STATIC_FILE);
    }

    /** This file's URL changes whenever its content does: cached everywhere for a year, immutable. */
    public static void fingerprintedAsset(ServletRequest request) {
        request.setAttribute(ATTRIBUTE, Served.FINGERPRINTED_ASSET);
    }

    /** This response is for one person only, whatever else is true: {@code private, no-store}. */
    public static void privateResponse(ServletRequest request) {
        request.setAttribute(PRIVATE_ATTRIBUTE, Boolean.TRUE);
    }

    static Served served(ServletRequest request) {
        Object mark = request.getAttribute(ATTRIBUTE);
        if (mark instanceof Served served) {
            return served;
        }
        if ("static-file".equals(mark)) {
            return Served.STATIC_FILE;
        }
        return "fingerprinted-asset".equals(mark) ? Served.FINGERPRINTED_ASSET : Served.APP;
    }

    static boolean markedPrivate(ServletRequest request) {
        return request.getAttribute(PRIVATE_ATTRIBUTE) != null;
    }
}
