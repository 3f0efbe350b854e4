package dev.launchready.ratelimit.store;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.launchready.config.InvalidSettingException;
import dev.launchready.config.LaunchReadySettings;
import dev.launchready.config.StoreMode;
import io.micrometer.core.instrument.simple.SimpleMeterRegistry;
import java.net.URI;
import java.time.Duration;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** Which store the settings choose, with no provider on the class path (core's own tests have none). */
class RateLimitStoresTest {

    private final ClassLoader loader = getClass().getClassLoader();

    @Test
    void inMemoryByDefaultAndWhenAskedEvenWithAUrl() {
        assertThat(choose(Map.of())).isNotInstanceOf(SharedRateLimitStore.class);
        assertThat(choose(Map.of("launchready.redis.url", "redis://cache:6379", "launchready.ratelimit.store", "memory")))
                .isNotInstanceOf(SharedRateLimitStore.class);
    }

    @Test
    void launchReadysOwnUrlWithoutTheModuleFailsNamingIt() {
        assertThatThrownBy(() -> choose(Map.of("launchready.redis.url", "redis://:pw-123@cache:6379")))
                .isInstanceOf(InvalidSettingException.class)
                .hasMessageStartingWith("launchready.redis.url: asks for rate limits on Redis, but launchready-redis is not")
                .hasMessageNotContaining("pw-123");
    }

    @Test
    void thePlatformsRedisUrlAloneWithoutTheModuleKeepsLimitsInMemory() {
        assertThat(choose(Map.of("REDIS_URL", "redis://cache:6379"))).isNotInstanceOf(SharedRateLimitStore.class);
    }

    @Test
    void redisAskedForWithoutAUrlOrWithoutTheModuleFails() {
        assertThatThrownBy(() -> choose(Map.of("launchready.ratelimit.store", "redis")))
                .hasMessageStartingWith("launchready.ratelimit.store: is redis, but no Redis URL is set");
        assertThatThrownBy(() -> choose(Map.of("launchready.ratelimit.store", "redis", "REDIS_URL", "redis://cache:6379")))
                .hasMessageStartingWith("launchready.ratelimit.store: asks for rate limits on Redis");
    }

    @Test
    void launchReadysKeyWinsOverRedisUrlAndNeitherIsPrinted() {
        LaunchReadySettings s = LaunchReadySettings.from(Map.of("REDIS_URL", "redis://:platform-pw@platform:6379",
                "launchready.redis.url", "rediss://:own-pw@own:6380/2")::get);
        assertThat(s.redisUrl()).hasValue(URI.create("rediss://:own-pw@own:6380/2"));
        assertThat(s.rateLimitStore().urlFromLaunchReadyKey()).isTrue();
        assertThat(s.rateLimitStore().mode()).isEqualTo(StoreMode.AUTO);
        assertThat(s.rateLimitStore().timeout()).isEqualTo(Duration.ofMillis(250));
        assertThat(s.rateLimitStore().probeInterval()).isEqualTo(Duration.ofSeconds(5));
        assertThat(s.rateLimitStore() + " " + s).doesNotContain("pw").doesNotContain("own:");

        LaunchReadySettings platform = LaunchReadySettings.from(Map.of("REDIS_URL", "redis://platform:6379")::get);
        assertThat(platform.redisUrl()).hasValue(URI.create("redis://platform:6379"));
        assertThat(platform.rateLimitStore().urlFromLaunchReadyKey()).isFalse();
        assertThat(platform.rateLimitStore().urlSource()).isEqualTo("REDIS_URL");
    }

    @Test
    void badValuesNameTheKeyAndWhatItAccepts() {
        assertThatThrownBy(() -> LaunchReadySettings.from(Map.of("launchready.ratelimit.redis.timeout", "1ms")::get))
                .hasMessageContaining("launchready.ratelimit.redis.timeout=\"1ms\" is not valid").hasMessageContaining("10ms to 5s");
        assertThatThrownBy(() -> LaunchReadySettings.from(Map.of("launchready.ratelimit.store", "disk")::get))
                .hasMessageContaining("one of auto, memory, redis");
        // REDIS_URL is the app's: one we cannot use is left alone, never a reason to stop the app.
        assertThat(LaunchReadySettings.from(Map.of("REDIS_URL", "unix:///run/redis.sock")::get).redisUrl()).isEmpty();
        assertThatThrownBy(() -> LaunchReadySettings.from(Map.of("launchready.redis.url", "http://:leak@cache")::get))
                .hasMessageStartingWith("launchready.redis.url=\"(secret, not shown)\"");
    }

    private RateLimitStore choose(Map<String, String> settings) {
        return RateLimitStores.fromSettings(LaunchReadySettings.from(settings::get), loader, new SimpleMeterRegistry());
    }
}
