package dev.launchready.https;

import dev.launchready.client.ClientAddress;

/**
 * What the redirect decision reads from one request.
 *
 * @param method the request method
 * @param host the {@code Host} header (only compared with configured hosts, never copied into a URL)
 * @param rawPath the request path as sent, not decoded; kept in the redirect target, re-encoded
 * @param query the raw query string, or null
 * @param path the container's decoded path, for the exempt paths
 * @param socketSecure whether the connection to us is TLS
 * @param client who sent it, with the scheme a trusted proxy reported
 * @param claims what the forwarding headers, from anyone, say about the scheme ({@link SchemeClaims#of})
 */
public record HttpsRequest(String method, String host, String rawPath, String query, String path,
        boolean socketSecure, ClientAddress client, SchemeClaims claims) {
}
