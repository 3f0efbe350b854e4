package dev.launchready.examples.common.stripe;

import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.MessageDigest;
import java.time.Clock;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;

/**
 * Checks a {@code Stripe-Signature} header the way Stripe's own libraries do: {@code t=<unix seconds>,v1=<hex>},
 * where v1 is HMAC-SHA256 of {@code <t>.<raw body>} keyed with the endpoint secret.
 *
 * <p>Never throws for anything a caller sends: every bad input is a {@link Verdict}.
 */
public final class StripeSignature {

    /** Stripe's default: a captured request can be replayed for at most this long. */
    public static final Duration TOLERANCE = Duration.ofMinutes(5);

    /** Why a request was accepted or not. */
    public enum Verdict { VALID, MISSING, MALFORMED, OUTSIDE_TOLERANCE, MISMATCH }

    private static final String HMAC = "HmacSHA256";
    private static final int SHA256_BYTES = 32;

    private final byte[] secret;
    private final Clock clock;

    public StripeSignature(String secret, Clock clock) {
        if (secret == null || secret.isEmpty()) {
            throw new IllegalArgumentException("webhook secret must not be empty");
        }
        this.secret = secret.getBytes(StandardCharsets.UTF_8);
        this.clock = clock;
    }

    public Verdict verify(String header, byte[] payload) {
        if (header == null || header.isBlank()) {
            return Verdict.MISSING;
        }
        Long timestamp = null;
        List<byte[]> signatures = new ArrayList<>();
        for (String element : header.split(",")) {
            int eq = element.indexOf('=');
            if (eq <= 0) {
                return Verdict.MALFORMED;
            }
            String key = element.substring(0, eq).strip();
            String value = element.substring(eq + 1).strip();
            if (key.equals("t")) {
                timestamp = parseSeconds(value);
                if (timestamp == null) {
                    return Verdict.MALFORMED;
                }
            } else if (key.equals("v1")) {
                byte[] signature = parseHex(value);
                if (signature == null) {
                    return Verdict.MALFORMED;
                }
                signatures.add(signature);
            }
            // Other schemes (v0 is Stripe's test-mode scheme) are ignored, as Stripe's libraries do.
        }
        if (timestamp == null || signatures.isEmpty()) {
            return Verdict.MALFORMED;
        }
        // Stripe only rejects old timestamps; rejecting far-future ones too keeps a signed request from
        // staying replayable if a sender's clock runs ahead.
        long age = clock.instant().getEpochSecond() - timestamp;
        if (Math.abs(age) > TOLERANCE.toSeconds()) {
            return Verdict.OUTSIDE_TOLERANCE;
        }
        byte[] expected = hmac(secret, timestamp, payload == null ? new byte[0] : payload);
        boolean matched = false;
        for (byte[] signature : signatures) {
            // No early exit: every candidate is compared in constant time.
            matched |= MessageDigest.isEqual(expected, signature);
        }
        return matched ? Verdict.VALID : Verdict.MISMATCH;
    }

    /** The header Stripe would send for this payload; for tests and for trying the endpoint by hand. */
    public static String sign(String secret, long timestamp, byte[] payload) {
        byte[] mac = hmac(secret.getBytes(StandardCharsets.UTF_8), timestamp, payload);
        return "t=" + timestamp + ",v1=" + HexFormat.of().formatHex(mac);
    }

    private static byte[] hmac(byte[] secret, long timestamp, byte[] payload) {
        try {
            Mac mac = Mac.getInstance(HMAC);
            mac.init(new SecretKeySpec(secret, HMAC));
            mac.update((timestamp + ".").getBytes(StandardCharsets.US_ASCII));
            return mac.doFinal(payload);
        } catch (GeneralSecurityException e) {
            // Every Java 17 runtime ships HmacSHA256; missing it is a broken JDK, not bad input.
            throw new IllegalStateException(HMAC + " unavailable", e);
        }
    }

    private static Long parseSeconds(String value) {
        if (value.isEmpty() || value.length() > 12 || !value.chars().allMatch(Character::isDigit)) {
            return null;
        }
        return Long.parseLong(value);
    }

    private static byte[] parseHex(String value) {
        if (value.length() != SHA256_BYTES * 2) {
            return null;
        }
        try {
            return HexFormat.of().parseHex(value);
        } catch (IllegalArgumentException notHex) {
            return null;
        }
    }
}
