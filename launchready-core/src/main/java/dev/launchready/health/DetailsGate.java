package dev.launchready.health;

import dev.launchready.config.DetailsAccess;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.Optional;

/**
 * Decides who may read check details (and, with its own settings, the metrics scrape). A loopback peer counts only when no forwarding header is
 * present: behind nginx on the same host every request arrives from 127.0.0.1, and forwarded headers
 * are set by whoever sends them, so they can never unlock anything.
 */
public final class DetailsGate {

    private static final String BEARER = "bearer ";

    private final DetailsAccess access;
    private final byte[] tokenDigest;

    /** A gate for {@code access}; {@code token}, when present, unlocks it from anywhere. */
    public DetailsGate(DetailsAccess access, Optional<String> token) {
        this.access = access;
        this.tokenDigest = token.map(DetailsGate::digest).orElse(null);
    }

    /** Whether this request may see what the gate guards (health details, the metrics scrape). */
    public boolean allows(HealthProbe probe) {
        if (access == DetailsAccess.NEVER) {
            return false;
        }
        if (tokenDigest != null && bearerMatches(probe.authorization())) {
            return true;
        }
        return access == DetailsAccess.LOOPBACK_OR_TOKEN && !probe.forwarded() && isLoopback(probe.peerAddress());
    }

    private boolean bearerMatches(String authorization) {
        if (authorization == null || authorization.length() <= BEARER.length()
                || !authorization.regionMatches(true, 0, BEARER, 0, BEARER.length())) {
            return false;
        }
        // Digests have equal length, so the comparison time does not depend on the token's length.
        return MessageDigest.isEqual(tokenDigest, digest(authorization.substring(BEARER.length()).trim()));
    }

    static boolean isLoopback(String address) {
        if (address == null) {
            return false;
        }
        String a = address.startsWith("[") && address.endsWith("]") ? address.substring(1, address.length() - 1) : address;
        if (a.startsWith("127.")) {
            return a.chars().allMatch(c -> c == '.' || (c >= '0' && c <= '9'));
        }
        return a.equals("::1") || a.equals("0:0:0:0:0:0:0:1") || a.equalsIgnoreCase("::ffff:127.0.0.1");
    }

    private static byte[] digest(String text) {
        try {
            return MessageDigest.getInstance("SHA-256").digest(text.getBytes(StandardCharsets.UTF_8));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is missing from this JVM", e);
        }
    }
}
