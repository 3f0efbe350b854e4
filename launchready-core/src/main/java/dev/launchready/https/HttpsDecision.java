package dev.launchready.https;

/**
 * What to do with one request.
 *
 * @param secure whether the visitor's connection is known to be HTTPS (HSTS, secure cookies)
 * @param location the absolute redirect target, or null to go on to the app
 * @param status 301 (GET, HEAD) or 308 (other methods, which must keep their body) when redirecting, else 0
 * @param hsts the {@code Strict-Transport-Security} value to send, or null
 */
public record HttpsDecision(boolean secure, String location, int status, String hsts) {

    /** Whether the answer is a redirect. */
    public boolean redirects() {
        return location != null;
    }

    /** Redirects carry this: a shared cache keyed without Host would turn a cached 301 into a loop. */
    public static final String REDIRECT_CACHE_CONTROL = "private";
}
