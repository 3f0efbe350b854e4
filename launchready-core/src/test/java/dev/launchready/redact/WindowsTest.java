package dev.launchready.redact;

import static org.assertj.core.api.Assertions.assertThat;

import dev.launchready.config.LaunchReadySettings;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** When a message may be read in windows, and when a window gives up and the whole line is read. */
class WindowsTest {

    private static final Engine ENGINE = new Engine(java.util.List.of(), java.util.List.of(), true, null);
    private static final String STRIPE = "sk_" + "live_" + "4eC39HqLyjWDarjtT1zdp7dc";
    private static final String FILLER = " opened /members/feed?page=3 from 203.0.113.9 in 12 ms; plan=pro locale=en-GB"
            + " cache=hit region=eu-west-1 build=2026.11.23-1 ua=Mozilla/5.0 (X11; Linux x86_64) Firefox/132.0";

    @Test
    void aCleanTemplatesMessageIsReadOnlyAroundItsArgument() {
        String clean = "member 4711" + FILLER;
        int[] spans = {7, 11};
        assertThat(Windows.widen(clean, spans.clone(), 1)).isEqualTo(1);
        int[] windows = spans.clone();
        Windows.widen(clean, windows, 1);
        assertThat(windows[1]).as("window end").isLessThan(clean.length() / 2);
        assertThat(Windows.redact(ENGINE, clean, spans.clone(), 1)).isSameAs(clean);

        String secret = "member " + STRIPE + FILLER;
        assertThat(Windows.redact(ENGINE, secret, new int[] {7, 7 + STRIPE.length()}, 1))
                .isEqualTo("member [REDACTED:stripe-secret-key]" + FILLER);
    }

    @Test
    void windowsThatOverlapAreMerged() {
        String text = "a {x} b {y} " + FILLER;
        int[] spans = {2, 5, 8, 11};
        assertThat(Windows.widen(text, spans, 2)).isEqualTo(1);
        assertThat(spans[0]).isZero();
    }

    @Test
    void aDetectorThatReadsToTheWindowsEndSendsTheWholeLineBack() {
        // mysql in the argument: its -p option lies far past the window, in the template's text
        String text = "ran mysql -u root" + FILLER + FILLER + " -pS3cretPassw0rd";
        int[] spans = {4, 17};
        assertThat(Windows.redact(ENGINE, text, spans.clone(), 1)).isNull();
        assertThat(Redactor.defaults().redactWindows(text, spans.clone(), 1)).endsWith("-p[REDACTED:password]");
        // an unclosed quote in the argument: the quoted value goes on past the window
        String quoted = "note password: \"hunter" + FILLER + FILLER + "2\" end";
        assertThat(Windows.redact(ENGINE, quoted, new int[] {5, 22}, 1)).isNull();
        assertThat(Redactor.defaults().redactWindows(quoted, new int[] {5, 22}, 1))
                .isEqualTo(Redactor.defaults().redact(quoted));
    }

    @Test
    void templatesThatNameAFarReachingDetectorGetNoWindows() {
        Redactor redactor = Redactor.defaults();
        assertThat(redactor.allowsWindows("member {} signed in")).isTrue();
        assertThat(redactor.allowsWindows("key {}\n-----END RSA PRIVATE KEY-----")).isFalse();
        assertThat(redactor.allowsWindows("-----BEGIN {} PRIVATE KEY-----")).isFalse();
        assertThat(redactor.allowsWindows("first line {}\nsecond")).isFalse();
        assertThat(redactor.allowsWindows("carriage {}\r")).isFalse();
        assertThat(redactor.allowsWindows("running MySQL as {} then")).isFalse();
        assertThat(redactor.allowsWindows("redis-cli {}")).isFalse();
        assertThat(redactor.allowsWindows("Cookie: {}")).isFalse();
        Redactor withRules = Redactor.from(LaunchReadySettings.from(Map.of(
                "launchready.redact.rules", "order=ORD-[0-9]{6}")::get));
        assertThat(withRules.allowsWindows("member {} signed in")).as("the app's own rules read anywhere").isFalse();
        Redactor off = Redactor.from(LaunchReadySettings.from(Map.of("launchready.redact.enabled", "false")::get));
        assertThat(off.allowsWindows("member {} signed in")).isFalse();
    }
}
