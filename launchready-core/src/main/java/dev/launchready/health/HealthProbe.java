package dev.launchready.health;

import java.util.function.Function;

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

    private static final String[] FORWARDING_HEADERS = {"Forwarded", "X-Forwarded-For", "X-Forwarded-Host",
        "X-Forwarded-Proto", "X-Real-IP", "CF-Connecting-IP", "True-Client-IP"};

    /**
     * A probe from a request's parts: {@code query} is the raw query string (read as text, never as
     * parameters, which could parse a body), {@code header} answers a header's first value or null.
     */
    public static HealthProbe of(String method, String query, String peerAddress, Function<String, String> header) {
        boolean forwarded = false;
        for (String name : FORWARDING_HEADERS) {
            forwarded |= header.apply(name) != null;
        }
        return new HealthProbe(method, verbose(query), peerAddress, forwarded, header.apply("Authorization"));
    }

    static boolean verbose(String query) {
        if (query == null) {
            return false;
        }
        for (String part : query.split("&", -1)) {
            if (part.equals("verbose") || part.startsWith("verbose=")) {
                return true;
            }
        }
        return false;
    }
}
