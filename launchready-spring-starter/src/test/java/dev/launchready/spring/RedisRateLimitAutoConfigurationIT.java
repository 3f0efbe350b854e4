package dev.launchready.spring;

import static org.assertj.core.api.Assertions.assertThat;

import dev.launchready.config.Limit;
import dev.launchready.health.HealthRegistry;
import dev.launchready.ratelimit.store.RateLimitStore;
import dev.launchready.ratelimit.store.SharedRateLimitStore;
import dev.launchready.redis.RedisRateLimits;
import java.io.File;
import java.io.IOException;
import java.net.InetSocketAddress;
import java.net.ServerSocket;
import java.net.Socket;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.locks.LockSupport;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.springframework.boot.autoconfigure.AutoConfigurations;
import org.springframework.boot.test.context.FilteredClassLoader;
import org.springframework.boot.test.context.runner.ApplicationContextRunner;
import org.springframework.data.redis.connection.RedisConnection;
import org.springframework.data.redis.connection.RedisStandaloneConfiguration;
import org.springframework.data.redis.connection.lettuce.LettuceConnectionFactory;

/** The starter reuses the app's Spring Data Redis (Lettuce) connection factory, on a real redis-server. */
class RedisRateLimitAutoConfigurationIT {

    private static final String SECRET = "launchready.ratelimit.secret=the-same-secret-on-every-instance-0123";

    private static Process redis;
    private static int port;

    private final ApplicationContextRunner runner = new ApplicationContextRunner()
            .withConfiguration(AutoConfigurations.of(LaunchReadyAutoConfiguration.class))
            .withPropertyValues("launchready.health.drain-period=0s", "launchready.health.disk.enabled=false")
            .withBean(LettuceConnectionFactory.class,
                    () -> new LettuceConnectionFactory(new RedisStandaloneConfiguration("127.0.0.1", port)));

    @BeforeAll
    static void startRedis() throws Exception {
        Path binary = Path.of("/usr/bin/redis-server");
        for (String dir : System.getenv("PATH").split(File.pathSeparator)) {
            if (Files.isExecutable(Path.of(dir, "redis-server"))) {
                binary = Path.of(dir, "redis-server");
                break;
            }
        }
        assertThat(binary).as("redis-server (run scripts/ensure-servers.sh)").isExecutable();
        try (ServerSocket s = new ServerSocket(0)) {
            port = s.getLocalPort();
        }
        redis = new ProcessBuilder(binary.toString(), "--port", Integer.toString(port), "--bind", "127.0.0.1",
                "--save", "", "--appendonly", "no").redirectErrorStream(true)
                .redirectOutput(ProcessBuilder.Redirect.DISCARD).start();
        long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(10);
        while (true) {
            try (Socket socket = new Socket()) {
                socket.connect(new InetSocketAddress("127.0.0.1", port), 200);
                return;
            } catch (IOException notYet) {
                assertThat(System.nanoTime()).as("redis-server listening within 10 s").isLessThan(deadline);
                LockSupport.parkNanos(TimeUnit.MILLISECONDS.toNanos(20));
            }
        }
    }

    @AfterAll
    static void stopRedis() throws Exception {
        redis.destroyForcibly().waitFor(5, TimeUnit.SECONDS);
    }

    @Test
    void theAppsLettuceConnectionFactoryCarriesTheSharedLimits() {
        runner.withPropertyValues(SECRET, "launchready.ratelimit.redis.probe-interval=200ms").run(context -> {
            RateLimitStore store = context.getBean(RateLimitStore.class);
            assertThat(store).isInstanceOf(SharedRateLimitStore.class);
            assertThat(store.toString()).contains("127.0.0.1:" + port);
            // A cold JVM may still be loading netty when the first decisions come: they are memory's until then.
            long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(15);
            try (RedisConnection c = context.getBean(LettuceConnectionFactory.class).getConnection()) {
                while (!c.keyCommands().exists("launchready:ratelimit:spring-key".getBytes(StandardCharsets.UTF_8))) {
                    assertThat(System.nanoTime()).as("a decision on Redis within 15 s").isLessThan(deadline);
                    store.take("spring-key", Limit.parse("1000/1h"));
                    LockSupport.parkNanos(TimeUnit.MILLISECONDS.toNanos(50));
                }
            }
            assertThat(((SharedRateLimitStore) store).inFallback()).isFalse();
            assertThat(context.getBean(HealthRegistry.class).checkNames()).contains("ratelimit-store");
        });
    }

    @Test
    void withoutASecretStartupFailsNamingIt() {
        runner.run(context -> {
            assertThat(context).hasFailed();
            assertThat(context.getStartupFailure()).rootCause()
                    .hasMessageStartingWith("launchready.ratelimit.secret: must be set, the same on every instance")
                    .hasMessageContaining("the app's Redis connection is reused");
        });
    }

    @Test
    void memoryOptsOutAndWithoutLaunchReadyRedisTheFactoryIsLeftAlone() {
        runner.withPropertyValues("launchready.ratelimit.store=memory").run(context ->
                assertThat(context.getBean(RateLimitStore.class)).isNotInstanceOf(SharedRateLimitStore.class));
        runner.withClassLoader(new FilteredClassLoader(RedisRateLimits.class)).run(context ->
                assertThat(context.getBean(RateLimitStore.class)).isNotInstanceOf(SharedRateLimitStore.class));
    }
}
