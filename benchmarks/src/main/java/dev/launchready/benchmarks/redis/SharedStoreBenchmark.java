package dev.launchready.benchmarks.redis;

import dev.launchready.config.LaunchReadySettings;
import dev.launchready.config.Limit;
import dev.launchready.ratelimit.store.SharedRateLimitStore;
import dev.launchready.redis.RedisRateLimits;
import io.github.bucket4j.BucketConfiguration;
import io.github.bucket4j.distributed.ExpirationAfterWriteStrategy;
import io.github.bucket4j.redis.lettuce.Bucket4jLettuce;
import io.github.bucket4j.redis.lettuce.cas.LettuceBasedProxyManager;
import io.lettuce.core.RedisClient;
import io.lettuce.core.api.StatefulRedisConnection;
import io.lettuce.core.event.command.CommandListener;
import io.lettuce.core.event.command.CommandStartedEvent;
import io.micrometer.core.instrument.simple.SimpleMeterRegistry;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.ThreadLocalRandom;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.LongAdder;
import java.util.function.Supplier;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Level;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.TearDown;
import org.openjdk.jmh.annotations.Threads;
import org.openjdk.jmh.annotations.Warmup;

/**
 * One rate-limit decision on a shared Redis: LaunchReady's store (one EVALSHA of its GCRA script, the
 * circuit breaker and fallback included, as an app gets it) against Bucket4j's Lettuce proxy manager (its
 * compare-and-swap: GET the bucket, then a CAS script), both "take one if it fits" on the same limit, over
 * 10,000 keys, on the same Redis at 1, 8 and 64 callers. Both talk through a Lettuce client with a command
 * listener, so the teardown prints the commands each sent per decision (each is one round trip: neither
 * pipelines within a decision). Runs its own redis-server unless {@code -p redisUrl=redis://...} is given.
 *
 * <p>{@code java -jar benchmarks/target/benchmarks.jar SharedStoreBenchmark -f 1 -wi 3 -i 5 -w 1s -r 1s}
 */
@BenchmarkMode(Mode.Throughput)
@OutputTimeUnit(TimeUnit.SECONDS)
@Warmup(iterations = 3, time = 1)
@Measurement(iterations = 5, time = 1)
@Fork(1)
@State(Scope.Benchmark)
public class SharedStoreBenchmark {

    private static final int KEYS = 10_000;
    private static final Limit LIMIT = Limit.parse("1000000/1h"); // every decision allows and writes, for both

    /** A Redis to share, such as redis://127.0.0.1:6379; empty: start one. */
    @Param("")
    public String redisUrl;

    private LocalRedis own;
    private RedisClient launchReadyClient;
    private RedisClient bucket4jClient;
    private SharedRateLimitStore launchReady;
    private LettuceBasedProxyManager<byte[]> bucket4j;
    private Supplier<BucketConfiguration> bucketConfiguration;
    private final LongAdder decisions = new LongAdder();
    private final LongAdder commands = new LongAdder();
    private StatefulRedisConnection<String, String> stats;
    private Map<String, Long> before;
    private String[] keys;
    private byte[][] keyBytes;

    @Setup(Level.Trial)
    public void setUp() {
        String url = redisUrl;
        if (url.isEmpty()) {
            own = LocalRedis.start();
            url = own.url;
        }
        CommandListener counting = new CommandListener() {
            @Override
            public void commandStarted(CommandStartedEvent event) {
                commands.increment();
            }
        };
        launchReadyClient = RedisClient.create(url);
        launchReadyClient.addListener(counting);
        launchReady = RedisRateLimits.reusing(launchReadyClient, "benchmark", LaunchReadySettings.from(Map.of(
                "launchready.ratelimit.secret", "a-benchmark-secret-of-at-least-32-chars",
                "launchready.ratelimit.redis.timeout", "2s")::get), new SimpleMeterRegistry());
        bucket4jClient = RedisClient.create(url);
        bucket4jClient.addListener(counting);
        bucket4j = Bucket4jLettuce.casBasedBuilder(bucket4jClient)
                .expirationAfterWrite(ExpirationAfterWriteStrategy.basedOnTimeForRefillingBucketUpToMax(Duration.ofHours(1)))
                .build();
        BucketConfiguration configuration = BucketConfiguration.builder()
                .addLimit(limit -> limit.capacity(LIMIT.count()).refillGreedy(LIMIT.count(), LIMIT.window())).build();
        bucketConfiguration = () -> configuration;
        keys = new String[KEYS];
        keyBytes = new byte[KEYS][];
        for (int i = 0; i < KEYS; i++) {
            keys[i] = "bench:" + i;
            keyBytes[i] = ("bucket4j:bench:" + i).getBytes(StandardCharsets.UTF_8);
        }
        stats = RedisClient.create(url).connect();
        // Measure Redis, not the fallback: on a loaded machine the first connection can outlast startup's wait.
        long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(60);
        long sent = commands.sum();
        while (launchReady.inFallback() || commands.sum() == sent) {
            if (System.nanoTime() > deadline) {
                throw new IllegalStateException("LaunchReady's store did not reach Redis within 60 s");
            }
            launchReady.take("bench:warm-up", LIMIT);
            try {
                Thread.sleep(50);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new IllegalStateException(e);
            }
        }
    }

    @Setup(Level.Iteration)
    public void countFromHere() {
        decisions.reset();
        commands.reset();
        before = commandStats();
    }

    @TearDown(Level.Iteration)
    public void report() {
        long n = decisions.sum();
        if (n == 0) {
            return;
        }
        Map<String, Long> after = commandStats();
        StringBuilder server = new StringBuilder();
        for (String c : new String[] {"evalsha", "eval", "get", "set", "time"}) {
            long d = after.getOrDefault(c, 0L) - before.getOrDefault(c, 0L);
            if (d > 0) {
                server.append(' ').append(c).append('=').append(String.format(Locale.ROOT, "%.2f", (double) d / n));
            }
        }
        System.out.printf(Locale.ROOT, "%n  commands sent per decision: %.2f (client-side); server per decision:%s%s%n",
                (double) commands.sum() / n, server, launchReady.inFallback() ? " (LaunchReady IN FALLBACK)" : "");
    }

    @TearDown(Level.Trial)
    public void tearDown() {
        launchReady.close();
        launchReadyClient.shutdown();
        bucket4jClient.shutdown();
        stats.close();
        if (own != null) {
            own.close();
        }
    }

    @Benchmark
    @Threads(1)
    public boolean launchReady1() {
        return launchReady();
    }

    @Benchmark
    @Threads(8)
    public boolean launchReady8() {
        return launchReady();
    }

    @Benchmark
    @Threads(64)
    public boolean launchReady64() {
        return launchReady();
    }

    @Benchmark
    @Threads(1)
    public boolean bucket4j1() {
        return bucket4j();
    }

    @Benchmark
    @Threads(8)
    public boolean bucket4j8() {
        return bucket4j();
    }

    @Benchmark
    @Threads(64)
    public boolean bucket4j64() {
        return bucket4j();
    }

    private boolean launchReady() {
        decisions.increment();
        return launchReady.take(keys[ThreadLocalRandom.current().nextInt(KEYS)], LIMIT).allowed();
    }

    private boolean bucket4j() {
        decisions.increment();
        return bucket4j.builder().build(keyBytes[ThreadLocalRandom.current().nextInt(KEYS)], bucketConfiguration)
                .tryConsume(1);
    }

    private Map<String, Long> commandStats() {
        Map<String, Long> calls = new java.util.HashMap<>();
        Matcher m = Pattern.compile("cmdstat_(\\w+):calls=(\\d+)").matcher(stats.sync().info("commandstats"));
        while (m.find()) {
            calls.put(m.group(1), Long.parseLong(m.group(2)));
        }
        return calls;
    }
}
