package dev.launchready.examples.common.members;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class MemberStoreTest {

    private final MemberStore store = new MemberStore(new PasswordHasher(1_000));

    @Test
    void findsMembersByEmailWhateverTheCase() {
        Member added = store.add("Ada", "Ada@Example.com", "long-enough-pw", "1111").orElseThrow();

        assertThat(store.findByEmail("ada@example.com")).contains(added);
        assertThat(store.findByEmail(" ADA@EXAMPLE.COM ")).contains(added);
        assertThat(store.findByEmail("bob@example.com")).isEmpty();
        assertThat(store.findByEmail(null)).isEmpty();
    }

    @Test
    void refusesASecondMemberWithTheSameEmail() {
        store.add("Ada", "ada@example.com", "long-enough-pw", "");

        assertThat(store.add("Imposter", "ADA@example.com", "other-password", "")).isEmpty();
        assertThat(store.findByEmail("ada@example.com").orElseThrow().name()).isEqualTo("Ada");
    }

    @Test
    void storesAHashNeverThePassword() {
        Member added = store.add("Ada", "ada@example.com", "long-enough-pw", "").orElseThrow();

        assertThat(added.passwordHash()).doesNotContain("long-enough-pw").startsWith("pbkdf2-sha256$");
        assertThat(added.toString()).doesNotContain(added.passwordHash()).doesNotContain(added.apiToken());
    }

    @Test
    void authenticatesOnlyTheRightPassword() {
        store.add("Ada", "ada@example.com", "long-enough-pw", "");

        assertThat(store.authenticate("ada@example.com", "long-enough-pw")).isPresent();
        assertThat(store.authenticate("ada@example.com", "wrong-password")).isEmpty();
        assertThat(store.authenticate("nobody@example.com", "long-enough-pw")).isEmpty();
        assertThat(store.authenticate(null, null)).isEmpty();
    }

    @Test
    void givesEveryMemberTheirOwnApiToken() {
        Member ada = store.add("Ada", "ada@example.com", "long-enough-pw", "").orElseThrow();
        Member bob = store.add("Bob", "bob@example.com", "long-enough-pw", "").orElseThrow();

        assertThat(ada.apiToken()).startsWith("mbr_").isNotEqualTo(bob.apiToken());
        assertThat(store.findByApiToken(ada.apiToken())).contains(ada);
        assertThat(store.findByApiToken("mbr_guess")).isEmpty();
        assertThat(store.findByApiToken(null)).isEmpty();
    }

    @Test
    void changesAPasswordKeepingTheApiToken() {
        Member ada = store.add("Ada", "ada@example.com", "long-enough-pw", "").orElseThrow();

        assertThat(store.changePassword("ada@example.com", "a-brand-new-pw")).isTrue();

        assertThat(store.authenticate("ada@example.com", "long-enough-pw")).isEmpty();
        assertThat(store.authenticate("ada@example.com", "a-brand-new-pw")).isPresent();
        assertThat(store.findByApiToken(ada.apiToken()).orElseThrow().passwordHash()).isNotEqualTo(ada.passwordHash());
        assertThat(store.changePassword("nobody@example.com", "a-brand-new-pw")).isFalse();
    }

    @Test
    void seedsTheTwoDemoMembers() {
        DemoMembers.seed(store);

        Member mia = store.authenticate("member@example.com", "launch-ready-1").orElseThrow();
        Member oscar = store.authenticate("other@example.com", "launch-ready-2").orElseThrow();
        assertThat(mia.name()).isEqualTo("Mia Member");
        assertThat(mia.cardLastFour()).isEqualTo("4242");
        assertThat(oscar.name()).isEqualTo("Oscar Other");
        assertThat(oscar.hasCard()).isTrue();
    }
}
