package dev.launchready.benchmarks.ratelimit;

import dev.launchready.config.Limit;
import java.time.Duration;
import java.util.concurrent.TimeUnit;
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
import org.openjdk.jmh.annotations.Threads;
import org.openjdk.jmh.annotations.Warmup;

/**
 * One decision for one key: ours against Bucket4j-in-Caffeine and Resilience4j, on one hot key
 * ({@code keys=1}) or spread over 100,000 keys, with 1 and 2 threads. {@code load=ALLOWED} uses a limit
 * so large nothing is denied (the write path); {@code DENIED} a limit of 1 per hour, spent in setup (the
 * path an attacker drives). Compare ratios within one run.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.Throughput)
@OutputTimeUnit(TimeUnit.MICROSECONDS)
@Warmup(iterations = 3, time = 1)
@Measurement(iterations = 5, time = 1)
@Fork(1)
public class RateLimitBenchmark {

    public enum Load {
        ALLOWED(new Limit(1_000_000_000, Duration.ofSeconds(1))),
        DENIED(new Limit(1, Duration.ofHours(1)));

        final Limit limit;

        Load(Limit limit) {
            this.limit = limit;
        }
    }

    @Param
    public Contender contender;

    @Param({"1", "100000"})
    public int keys;

    @Param
    public Load load;

    private KeyedLimiter limiter;
    private String[] keyArray;

    @Setup(Level.Trial)
    public void setUp() {
        keyArray = SampleKeys.distinct(keys);
        limiter = contender.create(load.limit, 2 * keys + 1_000);
        for (String key : keyArray) {
            limiter.tryTake(key);
        }
    }

    /** Each thread walks the keys in its own pseudo-random order; the same cost for every contender. */
    @State(Scope.Thread)
    public static class Cursor {
        private long x;

        @Setup(Level.Trial)
        public void seed() {
            x = System.identityHashCode(this) | 1L;
        }

        int next(int n) {
            x ^= x << 13;
            x ^= x >>> 7;
            x ^= x << 17;
            return (int) ((x >>> 1) % n);
        }
    }

    @Benchmark
    @Threads(1)
    public boolean oneThread(Cursor cursor) {
        return limiter.tryTake(keyArray[cursor.next(keys)]);
    }

    @Benchmark
    @Threads(2)
    public boolean twoThreads(Cursor cursor) {
        return limiter.tryTake(keyArray[cursor.next(keys)]);
    }
}
