package dev.launchready.config;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Duration;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class MetricsSettingsTest {

    @Test
    void defaults() {
        MetricsSettings m = LaunchReadySettings.defaults().metrics();
        assertThat(m.enabled()).isTrue();
        assertThat(m.targets()).containsExactly(Duration.ofMillis(300));
        assertThat(m.maxLabelSets()).isEqualTo(500);
        assertThat(m.routes()).isEmpty();
        assertThat(m.path()).isEqualTo("/metrics");
        assertThat(m.access()).isEqualTo(DetailsAccess.LOOPBACK_OR_TOKEN);
        assertThat(m.token()).isEmpty();
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
        "launchready.metrics.targets|300",
        "launchready.metrics.targets|0ms",
        "launchready.metrics.targets|2m",
        "launchready.metrics.targets|1s,2s,3s,4s,5s,6s,7s",
        "launchready.metrics.max-label-sets|5",
        "launchready.metrics.max-label-sets|many",
        "launchready.metrics.routes|pricing",
        "launchready.metrics.routes|/a/*",
        "launchready.metrics.path|metrics",
        "launchready.metrics.path|/",
        "launchready.metrics.path|/a/../b",
        "launchready.metrics.access|everyone"})
    void badValuesFailNamingTheKey(String key, String value) {
        assertThatThrownBy(() -> LaunchReadySettings.from(Map.of(key, value)::get))
                .isInstanceOf(InvalidSettingException.class).hasMessageContaining(key);
    }

    @Test
    void tokenAccessNeedsAToken() {
        assertThatThrownBy(() -> LaunchReadySettings.from(Map.of("launchready.metrics.access", "token")::get))
                .isInstanceOf(InvalidSettingException.class).hasMessageContaining("launchready.metrics.token");
    }

    @Test
    void theTokenIsNeverPrinted() {
        LaunchReadySettings s = LaunchReadySettings.from(Map.of("launchready.metrics.token", "hunter2-scrape",
                "launchready.metrics.targets", "250ms, 1s")::get);
        assertThat(s.metrics().toString()).doesNotContain("hunter2");
        assertThat(s.metrics().targets()).isEqualTo(List.of(Duration.ofMillis(250), Duration.ofSeconds(1)));
    }
}
