package dev.launchready.health;

/**
 * The facts of one request to a health endpoint that the answer depends on; adapters fill it from
 * their request type.
 *
 * @param method the HTTP method
 * @param verbose whether the query asked for the text view ({@code ?verbose})
 * @param peerAddress the address of the direct TCP peer (never a forwarded one)
 * @param forwarded whether the request carries any forwarding header, meaning a proxy relayed it
 * @param authorization the Authorization header, or null
 */
public record HealthProbe(String method, boolean verbose, String peerAddress, boolean forwarded,
        String authorization) {
}
