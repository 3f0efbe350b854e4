package dev.launchready.benchmarks;

import dev.launchready.client.ClientAddress;
import dev.launchready.client.ClientAddresses;
import dev.launchready.config.LaunchReadySettings;
import dev.launchready.ratelimit.Attempt;
import dev.launchready.ratelimit.FormLimits;
import dev.launchready.ratelimit.LoginOutcome;
import dev.launchready.ratelimit.account.AccountIdentifier;
import dev.launchready.ratelimit.store.RateLimitStore;
import io.micrometer.core.instrument.simple.SimpleMeterRegistry;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.TimeUnit;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.Warmup;

/**
 * Core's part of a login POST, without a server: resolve the client behind a trusted proxy, find the
 * email in the form body, HMAC it, apply the limits, count the failure. Each step alone and all together.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.NANOSECONDS)
@Warmup(iterations = 3, time = 1)
@Measurement(iterations = 5, time = 1)
@Fork(1)
public class LoginDecisionBenchmark {

    private static final byte[] BODY = "email=member%40example.com&password=wrong-password-123"
            .getBytes(StandardCharsets.US_ASCII);
    private static final String FORM = "application/x-www-form-urlencoded";
    private static final Map<String, List<String>> HEADERS = Map.of("X-Forwarded-For", List.of("203.0.113.9"));

    private ClientAddresses clients;
    private FormLimits limits;

    @Setup
    public void start() {
        LaunchReadySettings settings = LaunchReadySettings.from(Map.of(
                "launchready.ratelimit.login.per-ip", "1000000000/1s",
                "launchready.ratelimit.login.failures-per-account-and-ip", "1000000000/1s",
                "launchready.ratelimit.login.failures-per-account", "1000000000/1s")::get);
        clients = ClientAddresses.of(settings.client());
        limits = FormLimits.of(settings.rateLimit(), RateLimitStore.inMemory(100_000), new SimpleMeterRegistry(),
                Clock.systemUTC());
    }

    @Benchmark
    public ClientAddress clientAddress() {
        return clients.resolve("127.0.0.1", name -> HEADERS.getOrDefault(name, List.of()));
    }

    @Benchmark
    public Optional<String> identifier() {
        return AccountIdentifier.find(BODY, BODY.length, FORM, List.of("email", "username"));
    }

    @Benchmark
    public Attempt wholeLoginDecision() {
        ClientAddress client = clients.resolve("127.0.0.1", name -> HEADERS.getOrDefault(name, List.of()));
        Optional<String> email = AccountIdentifier.find(BODY, BODY.length, FORM, List.of("email", "username"));
        Attempt attempt = limits.begin(limits.match("POST", "/login"), client.limitKey(), client.ip(), email.map(List::of).orElse(List.of()),
                Optional.empty());
        limits.finish(attempt, LoginOutcome.FAILURE);
        return attempt;
    }
}
