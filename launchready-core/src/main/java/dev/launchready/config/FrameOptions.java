package dev.launchready.config;

/** Who may frame the app's pages: sent as CSP {@code frame-ancestors} and {@code X-Frame-Options}. */
public enum FrameOptions {
    /** No one: {@code frame-ancestors 'none'}, {@code X-Frame-Options: DENY}. */
    DENY,
    /** Only the app's own pages: {@code frame-ancestors 'self'}, {@code X-Frame-Options: SAMEORIGIN}. */
    SAMEORIGIN,
    /** Not sent. */
    NONE
}
