package dev.launchready.redact;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.launchready.config.InvalidSettingException;
import dev.launchready.config.LaunchReadySettings;
import java.util.Map;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.api.Test;

/** {@code launchready.redact.*}: the app's own rules, the allowlist, email modes, and refusals at startup. */
class RedactSettingsTest {

    private static final String KEY = "k".repeat(32);

    private static Redactor redactor(Map<String, String> settings) {
        return Redactor.from(LaunchReadySettings.from(settings::get));
    }

    @Test
    void appRulesRunOnTheLinearEngineAndAGroupMarksThePartReplaced() {
        Redactor r = redactor(Map.of("launchready.redact.rules", "order-token=ord_[a-z0-9]{24}; pin=door pin (\\d{4})"));
        assertThat(r.redact("paid ord_abcdefghijklmnopqrstuvwx today")).isEqualTo("paid [REDACTED:order-token] today");
        assertThat(r.redact("door pin 1234 set")).isEqualTo("door pin [REDACTED:pin] set");
        assertThat(r.redact("password=x1")).isEqualTo("password=[REDACTED:password]"); // built-ins still on
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', textBlock = """
            launchready.redact.rules | dup=(a+)\\1
            launchready.redact.rules | ahead=foo(?=bar)
            launchready.redact.rules | behind=(?<!x)foo
            launchready.redact.rules | Bad Id=foo
            launchready.redact.rules | empty=a*
            launchready.redact.rules | no-pattern
            launchready.redact.rules | a=x; a=y
            launchready.redact.rules | open=(foo
            launchready.redact.allow | (?=x)y
            launchready.redact.allow | [z-a]
            launchready.redact.emails | scramble
            launchready.redact.hash-key | short
            """)
    void badSettingsFailStartupNamingTheProperty(String key, String value) {
        assertThatThrownBy(() -> redactor(Map.of(key, value)))
                .isInstanceOf(InvalidSettingException.class)
                .hasMessageStartingWith(key)
                .satisfies(e -> assertThat(((InvalidSettingException) e).key()).isEqualTo(key));
    }

    @Test
    void hashModeNeedsAKey() {
        assertThatThrownBy(() -> redactor(Map.of("launchready.redact.emails", "hash")))
                .isInstanceOf(InvalidSettingException.class)
                .hasMessageContaining("launchready.redact.emails").hasMessageContaining("launchready.redact.hash-key");
    }

    @Test
    void allowlistKeepsWhatItFullyMatches() {
        Redactor r = redactor(Map.of("launchready.redact.allow", "sk_test_.*; support@example\\.com"));
        assertThat(r.redact("test key sk_test_a1B2c3D4e5F6g7H8i9J0k1L2 live sk_live_a1B2c3D4e5F6g7H8i9J0k1L2"))
                .isEqualTo("test key sk_test_a1B2c3D4e5F6g7H8i9J0k1L2 live [REDACTED:stripe-secret-key]");
        assertThat(r.redact("write to support@example.com, not bob@example.com"))
                .isEqualTo("write to support@example.com, not [EMAIL]");
    }

    @Test
    void hashedEmailsAreStablePerKeyAndIgnoreCase() {
        Redactor a = redactor(Map.of("launchready.redact.emails", "hash", "launchready.redact.hash-key", KEY));
        Redactor b = redactor(Map.of("launchready.redact.emails", "hash", "launchready.redact.hash-key", "z".repeat(32)));
        String one = a.redact("login bob@example.com");
        assertThat(one).matches("login \\[EMAIL:[0-9a-f]{12}]");
        assertThat(a.redact("login Bob@Example.com")).isEqualTo(one);
        assertThat(a.redact("login alice@example.com")).isNotEqualTo(one);
        assertThat(b.redact("login bob@example.com")).isNotEqualTo(one);
    }

    @Test
    void emailsCanBeKeptAndRedactionTurnedOff() {
        assertThat(redactor(Map.of("launchready.redact.emails", "keep")).redact("bob@example.com password=x1"))
                .isEqualTo("bob@example.com password=[REDACTED:password]");
        String line = "password=x1";
        assertThat(redactor(Map.of("launchready.redact.enabled", "false")).redact(line)).isSameAs(line);
        assertThat(redactor(Map.of("launchready.enabled", "false")).redact(line)).isSameAs(line);
        assertThat(redactor(Map.of())).isSameAs(Redactor.defaults());
    }
}
