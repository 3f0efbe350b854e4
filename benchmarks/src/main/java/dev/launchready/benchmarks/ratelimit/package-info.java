/**
 * Rate-limit store benchmarks: {@link dev.launchready.benchmarks.ratelimit.RateLimitBenchmark} (JMH:
 * LaunchReady's in-memory GCRA store against Bucket4j buckets in Caffeine and Resilience4j limiters in
 * their registry) and {@link dev.launchready.benchmarks.ratelimit.HeapPerKey} (a plain main: heap bytes
 * per tracked key, measured with JOL). After {@code mvn -pl benchmarks -am package -DskipTests}:
 *
 * <pre>
 * java -jar benchmarks/target/benchmarks.jar RateLimit -f 1 -wi 2 -i 3 -w 1 -r 1
 * java -Djdk.attach.allowAttachSelf=true -cp benchmarks/target/benchmarks.jar dev.launchready.benchmarks.ratelimit.HeapPerKey
 * </pre>
 *
 * ({@code allowAttachSelf} lets JOL attach its agent for exact object sizes; without it JOL warns and
 * computes them from the layout, which gives the same figures here.)
 */
package dev.launchready.benchmarks.ratelimit;
