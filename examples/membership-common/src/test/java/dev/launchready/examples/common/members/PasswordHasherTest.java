package dev.launchready.examples.common.members;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class PasswordHasherTest {

    private final PasswordHasher hasher = new PasswordHasher(1_000);

    @Test
    void matchesTheRightPasswordOnly() {
        String hash = hasher.hash("correct horse battery");

        assertThat(hasher.matches("correct horse battery", hash)).isTrue();
        assertThat(hasher.matches("correct horse batterY", hash)).isFalse();
        assertThat(hasher.matches("", hash)).isFalse();
    }

    @Test
    void saltsEveryHash() {
        assertThat(hasher.hash("same password")).isNotEqualTo(hasher.hash("same password"));
    }

    @Test
    void recordsTheIterationCountSoItCanBeRaisedLater() {
        String hash = new PasswordHasher(1_500).hash("pw-one-two-three");

        assertThat(hash).startsWith("pbkdf2-sha256$1500$");
        assertThat(hasher.matches("pw-one-two-three", hash)).isTrue();
    }

    @Test
    void defaultsToAtLeastOwaspsIterationCount() {
        assertThat(new PasswordHasher().hash("x")).startsWith("pbkdf2-sha256$210000$");
    }

    @Test
    void refusesHashesItDidNotWriteWithoutThrowing() {
        assertThat(hasher.matches("pw", null)).isFalse();
        assertThat(hasher.matches(null, hasher.hash("pw"))).isFalse();
        assertThat(hasher.matches("pw", "plaintext")).isFalse();
        assertThat(hasher.matches("pw", "pbkdf2-sha256$notanumber$AAAA$AAAA")).isFalse();
        assertThat(hasher.matches("pw", "pbkdf2-sha256$1000$!!!$AAAA")).isFalse();
        assertThat(hasher.matches("pw", "pbkdf2-sha256$0$AAAA$AAAA")).isFalse();
        assertThat(hasher.matches("pw", "bcrypt$1000$AAAA$AAAA")).isFalse();
    }
}
