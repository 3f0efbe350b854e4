package dev.launchready.examples.spring;

import dev.launchready.examples.common.members.PasswordHasher;
import org.springframework.security.crypto.password.PasswordEncoder;

/** Lets Spring Security check passwords against the shared store's PBKDF2 hashes, so both apps accept the same logins. */
final class MemberPasswordEncoder implements PasswordEncoder {

    private final PasswordHasher hasher;

    MemberPasswordEncoder(PasswordHasher hasher) {
        this.hasher = hasher;
    }

    @Override
    public String encode(CharSequence rawPassword) {
        return hasher.hash(rawPassword);
    }

    @Override
    public boolean matches(CharSequence rawPassword, String encodedPassword) {
        return hasher.matches(rawPassword, encodedPassword);
    }
}
