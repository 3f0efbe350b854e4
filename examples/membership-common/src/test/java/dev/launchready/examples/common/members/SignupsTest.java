package dev.launchready.examples.common.members;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class SignupsTest {

    private final MemberStore store = new MemberStore(new PasswordHasher(1_000));
    private final Signups signups = new Signups(store);

    @Test
    void createsAMemberWithNoCard() {
        SignupOutcome outcome = signups.signUp("Nina New", "nina@example.com", "a-long-password");

        assertThat(outcome).isInstanceOf(SignupOutcome.Created.class);
        Member member = ((SignupOutcome.Created) outcome).member();
        assertThat(member.name()).isEqualTo("Nina New");
        assertThat(member.hasCard()).isFalse();
        assertThat(store.authenticate("nina@example.com", "a-long-password")).contains(member);
    }

    @Test
    void asksToFixMissingOrBadFields() {
        assertRejected(signups.signUp("", "nina@example.com", "a-long-password"), 400);
        assertRejected(signups.signUp(null, "nina@example.com", "a-long-password"), 400);
        assertRejected(signups.signUp("Nina", "", "a-long-password"), 400);
        assertRejected(signups.signUp("Nina", "not-an-email", "a-long-password"), 400);
        assertRejected(signups.signUp("Nina", "nina@example.com", "short"), 400);
        assertRejected(signups.signUp("Nina", "nina@example.com", null), 400);
        assertRejected(signups.signUp("Nina", "nina@example.com", "x".repeat(201)), 400);
        assertThat(store.findByEmail("nina@example.com")).isEmpty();
    }

    @Test
    void answersConflictForATakenEmail() {
        signups.signUp("Nina", "nina@example.com", "a-long-password");

        assertRejected(signups.signUp("Other Nina", "NINA@example.com", "a-long-password"), 409);
    }

    private static void assertRejected(SignupOutcome outcome, int status) {
        assertThat(outcome).isInstanceOf(SignupOutcome.Rejected.class);
        SignupOutcome.Rejected rejected = (SignupOutcome.Rejected) outcome;
        assertThat(rejected.status()).isEqualTo(status);
        assertThat(rejected.problem()).isNotBlank();
    }
}
