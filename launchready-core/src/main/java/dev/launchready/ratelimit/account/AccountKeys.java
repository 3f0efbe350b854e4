package dev.launchready.ratelimit.account;

import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.SecureRandom;
import java.text.Normalizer;
import java.util.Base64;
import java.util.Locale;
import java.util.Objects;
import java.util.Optional;
import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;

/**
 * Turns an account identifier into the key the limiter counts under: base64url (no padding) of
 * HMAC-SHA256 over the normalised identifier. Keyed, so a leaked store or log cannot be reversed by
 * hashing a list of emails; computed the same whether or not the account exists, so a limit tells an
 * attacker nothing. Thread-safe; the secret is never logged or printed.
 */
public final class AccountKeys {

    private static final String HMAC = "HmacSHA256";
    private static final Base64.Encoder B64 = Base64.getUrlEncoder().withoutPadding();

    private final SecretKeySpec key;
    // Initialised once and only ever cloned: cheaper than getInstance + init per call, and unlike a
    // ThreadLocal it leaves nothing behind in a container's pooled threads after an undeploy.
    private final Mac prototype;

    private AccountKeys(byte[] secret) {
        key = new SecretKeySpec(secret, HMAC);
        prototype = newMac(key);
    }

    /**
     * Keys under {@code secret} (its UTF-8 bytes). Without one, a random 32-byte secret is made once per
     * process, so every instance in this JVM agrees; set a secret, the same everywhere, when several
     * instances share a store.
     *
     * @throws IllegalArgumentException if the secret is blank
     */
    public static AccountKeys of(Optional<String> secret) {
        if (secret.isPresent() && secret.get().isBlank()) {
            throw new IllegalArgumentException("the account key secret must not be blank");
        }
        return new AccountKeys(secret.map(s -> s.getBytes(StandardCharsets.UTF_8)).orElseGet(ProcessSecret::bytes));
    }

    /** The limiter key of an identifier: 43 base64url characters, equal for equal {@link #normalise normalised} forms. */
    public String keyFor(String identifier) {
        Objects.requireNonNull(identifier, "identifier");
        return B64.encodeToString(mac().doFinal(normalise(identifier).getBytes(StandardCharsets.UTF_8)));
    }

    /** The first 8 characters of {@link #keyFor}: enough to follow one account through a security log, never the raw identifier. */
    public String shortHash(String identifier) {
        return keyFor(identifier).substring(0, 8);
    }

    /**
     * The form two spellings of one account share: NFKC (full-width and other compatibility forms become
     * plain ones, U+3000 a space), then trimmed of Unicode white space, then lower-cased in
     * {@link Locale#ROOT} (never the server's locale: Turkish would turn {@code I} into a dotless {@code ı}).
     */
    static String normalise(String identifier) {
        return Normalizer.normalize(identifier, Normalizer.Form.NFKC).strip().toLowerCase(Locale.ROOT);
    }

    private Mac mac() {
        try {
            return (Mac) prototype.clone();
        } catch (CloneNotSupportedException e) {
            return newMac(key); // a provider whose HMAC cannot be cloned: slower, still correct
        }
    }

    private static Mac newMac(SecretKeySpec key) {
        try {
            Mac mac = Mac.getInstance(HMAC);
            mac.init(key);
            return mac;
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException(HMAC + " is missing from this JVM", e);
        }
    }

    @Override
    public String toString() {
        return "AccountKeys[" + HMAC + "]";
    }

    /** One random secret per process, made on first use. */
    private static final class ProcessSecret {
        private static final byte[] SECRET = generate();

        static byte[] bytes() {
            return SECRET.clone();
        }

        private static byte[] generate() {
            byte[] secret = new byte[32];
            new SecureRandom().nextBytes(secret);
            return secret;
        }
    }
}
