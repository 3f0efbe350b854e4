package dev.launchready.logging;

import static org.assertj.core.api.Assertions.assertThat;

import dev.launchready.redact.Redactor;
import org.junit.jupiter.api.Test;

class LogFieldsTest {

    private static final Redactor REDACTOR = Redactor.defaults();
    private static final String STRIPE = "sk_" + "live_" + "4eC39HqLyjWDarjtT1zdp7dc";

    @Test
    void aValueIsJudgedWithItsKey() {
        assertThat(LogFields.value(REDACTOR, "password", "hunter2")).isEqualTo("[REDACTED:password]");
        assertThat(LogFields.value(REDACTOR, "note", "mail a@b.io")).isEqualTo("mail [EMAIL]");
        String clean = "42";
        assertThat(LogFields.value(REDACTOR, "member", clean)).isSameAs(clean);
        assertThat(LogFields.value(REDACTOR, null, clean)).isSameAs(clean);
        assertThat(LogFields.value(REDACTOR, "password", null)).isNull();
    }

    @Test
    void aValueRememberedCleanUnderOneKeyIsJudgedAgainUnderAnother() {
        String value = new String("hunter2-xyz");
        assertThat(LogFields.value(REDACTOR, "member", value)).isSameAs(value);
        assertThat(LogFields.value(REDACTOR, "member", value)).isSameAs(value);
        assertThat(LogFields.value(REDACTOR, "password", value)).isEqualTo("[REDACTED:password]");
        assertThat(LogFields.value(REDACTOR, null, value)).isSameAs(value);
        assertThat(LogFields.value(REDACTOR, "password", value)).isEqualTo("[REDACTED:password]");
    }

    @Test
    void aRecurringTextIsRememberedOnlyWhenClean() {
        String clean = new String("member {} opened the feed");
        assertThat(LogFields.recurring(REDACTOR, clean)).isSameAs(clean);
        assertThat(LogFields.recurring(REDACTOR, clean)).isSameAs(clean);
        String secret = new String("charged with key " + STRIPE + " {}");
        for (int i = 0; i < 3; i++) {
            assertThat(LogFields.recurring(REDACTOR, secret)).isEqualTo("charged with key [REDACTED:stripe-secret-key] {}");
        }
        assertThat(LogFields.recurring(REDACTOR, null)).isNull();
    }

    @Test
    void aTextRememberedByOneRedactorIsJudgedAgainByAnother() {
        String text = new String("order 4711 shipped");
        assertThat(LogFields.recurring(REDACTOR, text)).isSameAs(text);
        Redactor strict = Redactor.from(dev.launchready.config.LaunchReadySettings.from(
                java.util.Map.of("launchready.redact.rules", "order=order [0-9]+")::get));
        assertThat(LogFields.recurring(strict, text)).isEqualTo("[REDACTED:order] shipped");
    }

    @Test
    void argumentsConsumedByACleanMessageAreLeftAlone() {
        Object[] args = {"x", 42, null};
        assertThat(LogFields.arguments(REDACTOR, "a {} b {} c {}", args, null)).isSameAs(args);
    }

    @Test
    void extraArgumentsAreJudgedEvenWhenTheMessageIsClean() {
        Object[] args = {"x", new Object() {
            @Override
            public String toString() {
                return "key=" + STRIPE;
            }
        }};
        Object[] out = LogFields.arguments(REDACTOR, "only {}", args, null);
        assertThat(out).containsExactly("x", "key=[REDACTED:stripe-secret-key]");
        assertThat(args[1]).isNotInstanceOf(String.class);
    }

    @Test
    void anArgumentThatWasPartOfASecretIsHidden() {
        Object[] args = {"hunter2"};
        assertThat(LogFields.arguments(REDACTOR, "password={}", args, "password=[REDACTED:password]"))
                .containsExactly(LogFields.REDACTED);
    }

    @Test
    void anArgumentWhoseToStringThrowsIsHiddenNotThrown() {
        Object[] args = {new Object() {
            @Override
            public String toString() {
                throw new IllegalStateException("boom");
            }
        }};
        assertThat(LogFields.arguments(REDACTOR, "no placeholder", args, null)).containsExactly(LogFields.REDACTED);
    }

    @Test
    void escapedPlaceholdersAreNotCounted() {
        assertThat(LogFields.placeholders("a {} b \\{} c {}")).isEqualTo(2);
        assertThat(LogFields.placeholders(null)).isZero();
    }
}
