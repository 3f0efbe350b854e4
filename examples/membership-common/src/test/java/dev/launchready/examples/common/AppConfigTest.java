package dev.launchready.examples.common;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.Map;
import org.junit.jupiter.api.Test;

class AppConfigTest {

    @Test
    void runsOnDefaultsWithAnEmptyEnvironment() {
        AppConfig config = AppConfig.from(Map.of());

        assertThat(config).isEqualTo(new AppConfig(8080, "whsec_demo_launchready", false, false));
    }

    @Test
    void readsWhatIsSet() {
        AppConfig config = AppConfig.from(Map.of(
                "PORT", "0",
                "STRIPE_WEBHOOK_SECRET", "whsec_real",
                "DATABASE_URL", "postgres://u:p@db/app",
                "REDIS_URL", "redis://cache:6379"));

        assertThat(config).isEqualTo(new AppConfig(0, "whsec_real", true, true));
    }

    @Test
    void treatsBlankAsUnset() {
        assertThat(AppConfig.from(Map.of("PORT", " ", "STRIPE_WEBHOOK_SECRET", "", "DATABASE_URL", "")))
                .isEqualTo(new AppConfig(8080, "whsec_demo_launchready", false, false));
    }

    @Test
    void refusesAPortThatIsNotOne() {
        assertThatThrownBy(() -> AppConfig.from(Map.of("PORT", "eighty"))).hasMessageContaining("PORT");
        assertThatThrownBy(() -> AppConfig.from(Map.of("PORT", "70000"))).hasMessageContaining("PORT");
    }
}
