package dev.launchready.cli.scan;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;

/**
 * {@code rule:path:hash}, the hash being the first 16 hex digits of SHA-256 over the secret: stable when
 * the line moves, different when the secret changes, and useless for guessing a secret (it is not
 * stored, and the hash of a high-entropy token reveals nothing).
 */
final class Fingerprints {

    private Fingerprints() {
    }

    static String of(String ruleId, String path, String secret) {
        return ruleId + ":" + path + ":" + hash(secret);
    }

    static String hash(String secret) {
        try {
            byte[] digest = MessageDigest.getInstance("SHA-256").digest(secret.getBytes(StandardCharsets.UTF_8));
            return HexFormat.of().formatHex(digest, 0, 8);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is required of every JVM", e);
        }
    }
}
