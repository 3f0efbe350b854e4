package dev.launchready.ratelimit;

import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.MessageDigest;
import java.security.SecureRandom;
import java.time.Clock;
import java.time.Duration;
import java.util.Base64;
import java.util.Optional;
import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;

/**
 * OWASP's device cookie for slowing online guessing: after a successful login the browser gets a
 * signed token naming the account; later attempts that carry it are judged by a limit of their own,
 * so an attacker who exhausts the account's limit from many addresses does not lock the member out.
 * Format: {@code v1.<account>.<expiry>.<nonce>.<mac>}; nothing secret is inside, only the MAC matters.
 */
final class DeviceCookies {

    static final Duration LIFETIME = Duration.ofDays(180);

    private static final Base64.Encoder B64 = Base64.getUrlEncoder().withoutPadding();
    private static final SecureRandom RANDOM = new SecureRandom();
    private static final int MAX_LENGTH = 200;

    private final byte[] secret;
    private final Clock clock;

    DeviceCookies(byte[] secret, Clock clock) {
        this.secret = secret.clone();
        this.clock = clock;
    }

    /** A fresh cookie value for the account key. */
    String issue(String accountKey) {
        byte[] nonce = new byte[12];
        RANDOM.nextBytes(nonce);
        String body = "v1." + shorten(accountKey) + "." + clock.instant().plus(LIFETIME).getEpochSecond() + "."
                + B64.encodeToString(nonce);
        return body + "." + mac(body);
    }

    /** The device's nonce when the value is ours, unexpired and for this account; otherwise empty. */
    Optional<String> verify(String value, String accountKey) {
        if (value == null || value.length() > MAX_LENGTH) {
            return Optional.empty();
        }
        String[] parts = value.split("\\.", -1);
        if (parts.length != 5 || !parts[0].equals("v1")) {
            return Optional.empty();
        }
        String body = parts[0] + "." + parts[1] + "." + parts[2] + "." + parts[3];
        boolean macOk = MessageDigest.isEqual(mac(body).getBytes(StandardCharsets.US_ASCII),
                parts[4].getBytes(StandardCharsets.US_ASCII));
        if (!macOk || !parts[1].equals(shorten(accountKey))) {
            return Optional.empty();
        }
        try {
            if (Long.parseLong(parts[2]) < clock.instant().getEpochSecond()) {
                return Optional.empty();
            }
        } catch (NumberFormatException e) {
            return Optional.empty();
        }
        return Optional.of(parts[3]);
    }

    private static String shorten(String accountKey) {
        return accountKey.length() <= 16 ? accountKey : accountKey.substring(0, 16);
    }

    private String mac(String body) {
        try {
            Mac mac = Mac.getInstance("HmacSHA256");
            mac.init(new SecretKeySpec(secret, "HmacSHA256"));
            byte[] full = mac.doFinal(("device|" + body).getBytes(StandardCharsets.UTF_8));
            return B64.encodeToString(java.util.Arrays.copyOf(full, 16));
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("HmacSHA256 is missing from this JVM", e);
        }
    }
}
