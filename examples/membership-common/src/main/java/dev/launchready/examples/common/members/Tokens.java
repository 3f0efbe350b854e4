package dev.launchready.examples.common.members;

import java.security.SecureRandom;
import java.util.Base64;

/** Unguessable, URL-safe random strings for API and password-reset tokens. */
final class Tokens {

    private static final SecureRandom RANDOM = new SecureRandom();

    private Tokens() {
    }

    /** 256 random bits, base64url without padding, after a prefix that says what the token is for. */
    static String random(String prefix) {
        byte[] bytes = new byte[32];
        RANDOM.nextBytes(bytes);
        return prefix + Base64.getUrlEncoder().withoutPadding().encodeToString(bytes);
    }
}
