package dev.launchready.config;

/** Who may read the per-check details of a health endpoint; everyone else gets the status alone. */
public enum DetailsAccess {
    /** A direct loopback peer (no forwarding headers) or a request with the configured bearer token. */
    LOOPBACK_OR_TOKEN,
    /** Only a request with the configured bearer token. */
    TOKEN,
    /** Nobody. */
    NEVER
}
