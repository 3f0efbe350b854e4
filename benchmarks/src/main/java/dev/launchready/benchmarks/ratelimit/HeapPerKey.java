package dev.launchready.benchmarks.ratelimit;

import dev.launchready.config.Limit;
import java.util.Locale;
import java.util.function.IntFunction;
import org.openjdk.jol.info.GraphLayout;

/**
 * Heap bytes per tracked key: everything reachable from a limiter holding 100,000 keys, less the same
 * limiter empty, divided by 100,000. Ours against Bucket4j buckets in Caffeine, and Resilience4j's
 * registry for scale. The key strings are shown apart, since every contender holds them alike. Caffeine's
 * frequency sketch (allocated once a cache is half full) is included: it is part of the cost per key.
 * A plain main, not JMH; see the package's doc for how to run it.
 */
public final class HeapPerKey {

    private static final int KEYS = 100_000;
    private static final Limit LIMIT = Limit.parse("30/5m");

    private HeapPerKey() {
    }

    public static void main(String[] args) {
        // Caffeine and our store hold lambdas, hidden classes whose field offsets Unsafe refuses to JOL;
        // this makes JOL find them another way. Set before JOL's first use, so no flag is needed.
        System.setProperty("jol.magicFieldOffset", "true");
        String[] keys = SampleKeys.distinct(KEYS);
        double keyBytes = (double) (GraphLayout.parseInstance((Object) keys).totalSize()
                - GraphLayout.parseInstance((Object) new String[KEYS]).totalSize()) / KEYS;

        double ours = perKey(keys, n -> new LaunchReadyLimiter(LIMIT, n));
        double bucket4j = perKey(keys, n -> new Bucket4jLimiter(LIMIT, n));
        double resilience4j = perKey(keys, n -> new Resilience4jLimiter(LIMIT));

        System.out.printf(Locale.ROOT, "%,d keys like \"%s\" (the string: %.1f B), limit %s%n", KEYS, keys[0],
                keyBytes, LIMIT);
        System.out.printf(Locale.ROOT, "%-24s %12s %18s%n", "", "bytes/key", "less the string");
        row("LaunchReady GCRA", ours, keyBytes);
        row("Bucket4j in Caffeine", bucket4j, keyBytes);
        row("Resilience4j registry", resilience4j, keyBytes);
        System.out.printf(Locale.ROOT, "ours / Bucket4j: %.2f (%.2f less the string)%n", ours / bucket4j,
                (ours - keyBytes) / (bucket4j - keyBytes));
    }

    private static double perKey(String[] keys, IntFunction<KeyedLimiter> factory) {
        KeyedLimiter empty = factory.apply(KEYS);
        KeyedLimiter full = factory.apply(KEYS);
        for (String key : keys) {
            if (!full.tryTake(key)) {
                throw new IllegalStateException("a fresh key was denied: " + key);
            }
        }
        if (full instanceof Bucket4jLimiter b) {
            // Ours runs its cache's maintenance on the caller's thread; Bucket4j's cache defers it.
            b.cleanUp();
        }
        long bytes = GraphLayout.parseInstance(full).totalSize() - GraphLayout.parseInstance(empty).totalSize();
        return (double) bytes / KEYS;
    }

    private static void row(String name, double perKey, double keyBytes) {
        System.out.printf(Locale.ROOT, "%-24s %12.1f %18.1f%n", name, perKey, perKey - keyBytes);
    }
}
