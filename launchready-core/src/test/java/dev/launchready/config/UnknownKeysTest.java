package dev.launchready.config;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.MethodSource;

/** Names that look like LaunchReady settings but are none get a warning with the closest real key. */
class UnknownKeysTest {

    @Test
    void aDottedTypoGetsADottedSuggestion() {
        assertThat(LaunchReadySettings.unknownKeyWarnings(List.of("launchready.helth.timeout"))).containsExactly(
                "unknown setting launchready.helth.timeout (did you mean launchready.health.timeout?)");
    }

    @Test
    void anEnvironmentTypoGetsAnEnvironmentSuggestion() {
        assertThat(LaunchReadySettings.unknownKeyWarnings(List.of("LAUNCHREADY_HELTH_TIMEOUT"))).containsExactly(
                "unknown setting LAUNCHREADY_HELTH_TIMEOUT (did you mean LAUNCHREADY_HEALTH_TIMEOUT?)");
    }

    @ParameterizedTest
    @CsvSource({
        "launchready.health.drain-perod, launchready.health.drain-period",
        "launchready.health.drainperiod, launchready.health.drain-period",
        "launchready.health.treads, launchready.health.threads",
        "launchready.redis.uri, launchready.redis.url",
        "launchready.health.disk.minfree, launchready.health.disk.min-free",
        "LAUNCHREADY_HEALTH_CACHETTL, LAUNCHREADY_HEALTH_CACHE_TTL",
        "LAUNCHREADY_REDIS_URI, LAUNCHREADY_REDIS_URL",
        "LAUNCHREADY_HEALTH_DETAIL, LAUNCHREADY_HEALTH_DETAILS"})
    void suggestions(String name, String suggestion) {
        assertThat(LaunchReadySettings.unknownKeyWarnings(List.of(name)))
                .containsExactly("unknown setting " + name + " (did you mean " + suggestion + "?)");
    }

    static List<String> knownNames() {
        List<String> names = new ArrayList<>(LaunchReadySettings.knownKeys());
        LaunchReadySettings.knownKeys().forEach(k -> names.add(SettingSources.environmentName(k)));
        return names;
    }

    @ParameterizedTest
    @MethodSource("knownNames")
    void aKnownNameIsNoWarning(String name) {
        assertThat(LaunchReadySettings.unknownKeyWarnings(List.of(name))).isEmpty();
    }

    @Test
    void onlyTheUnknownNamesOfAMixedListWarnInOrder() {
        List<String> warnings = LaunchReadySettings.unknownKeyWarnings(List.of("launchready.health.timeout",
                "LAUNCHREADY_HEALTH_TOKN", "LAUNCHREADY_HEALTH_THREADS", "launchready.enabeld"));
        assertThat(warnings).containsExactly(
                "unknown setting LAUNCHREADY_HEALTH_TOKN (did you mean LAUNCHREADY_HEALTH_TOKEN?)",
                "unknown setting launchready.enabeld (did you mean launchready.enabled?)");
        assertThat(LaunchReadySettings.unknownKeyWarnings(List.of())).isEmpty();
    }

    @Test
    void warningsNeverEchoAValueOnlyTheName() {
        // Callers pass names only; a name never carries a value, so nothing secret can leak here.
        assertThat(LaunchReadySettings.unknownKeyWarnings(List.of("launchready.redis.password")))
                .singleElement().asString().startsWith("unknown setting launchready.redis.password (did you mean ");
    }

    @Test
    void withLaunchReadyNamesOverAnEnvironment() {
        List<String> env = List.of("HOME", "LAUNCHREADY_HEALTH_TIMEOUT", "LAUNCHREADY_HELTH_TIMEOUT", "PATH");
        assertThat(LaunchReadySettings.unknownKeyWarnings(SettingSources.launchReadyNames(env)))
                .containsExactly("unknown setting LAUNCHREADY_HELTH_TIMEOUT (did you mean LAUNCHREADY_HEALTH_TIMEOUT?)");
    }

    @Test
    void levenshteinDistance() {
        assertThat(UnknownKeys.distance("kitten", "sitting")).isEqualTo(3);
        assertThat(UnknownKeys.distance("", "abc")).isEqualTo(3);
        assertThat(UnknownKeys.distance("abc", "")).isEqualTo(3);
        assertThat(UnknownKeys.distance("same", "same")).isZero();
        assertThat(UnknownKeys.distance("flaw", "lawn")).isEqualTo(UnknownKeys.distance("lawn", "flaw")).isEqualTo(2);
    }
}
