package dev.launchready.cache;

/**
 * What produced a response, as the handler itself said (a request attribute the static handler or
 * asset servlet sets), never guessed from the URL: {@code /account/x.css} is still the account page.
 */
public enum Served {
    /** The app's own code: a page, an API answer. The default. */
    APP,
    /** A static file handler: a short public TTL with revalidation, or immutable when its name carries a fingerprint. */
    STATIC_FILE,
    /** A file whose URL changes when its content does ({@code app.3f9c0a1b2d.css}): cached for a year, immutable. */
    FINGERPRINTED_ASSET
}
