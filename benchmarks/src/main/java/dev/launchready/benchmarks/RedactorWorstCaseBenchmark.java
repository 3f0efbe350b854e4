package dev.launchready.benchmarks;

import dev.launchready.redact.Redactor;
import java.util.concurrent.TimeUnit;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.Warmup;

/**
 * One 1 MiB line per rule family, built to make a matcher re-read (repeated prefixes, {@code key=}
 * runs, unterminated PEM, endless tokens, {@code curl curl…}), against a clean 1 MiB line: the goal
 * is no family above 5x clean. Every family is preceded by its own {@code clean-N} run (JMH runs
 * parameters in the declared order), so on a shared, noisy machine each ratio compares neighbours.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
@Warmup(iterations = 3, time = 1)
@Measurement(iterations = 5, time = 1)
@Fork(1)
public class RedactorWorstCaseBenchmark {

    private static final int MIB = 1 << 20;
    private static final String CLEAN_UNIT =
            "2026-11-23T12:44:16.123Z INFO [exec-3] c.e.OrderController - order 123e4567-e89b-12d3 shipped in 42 ms; ";

    @Param({"clean-1", "provider-prefix", "clean-2", "loose-prefix", "clean-3", "checked-prefix", "clean-4",
        "endless-token", "clean-5", "infix", "clean-6", "jwt", "clean-7", "jwt-unsigned", "clean-8", "key-no-value",
        "clean-9", "key-runs", "clean-10", "key-words", "clean-11", "quoted-unclosed", "clean-12", "pem-headers",
        "clean-13", "pem-unterminated", "clean-14", "email-no-domain", "clean-15", "email-domains", "clean-16",
        "scheme", "clean-17", "userinfo-endless", "clean-18", "digit-groups", "clean-19", "iban-starts", "clean-20",
        "cookie-pairs", "clean-21", "authorization-params", "clean-22", "curl", "clean-23", "oracle-thin",
        "clean-24", "bearer", "clean-25", "query-params", "clean-26", "mysql-options", "clean-27", "redis-cli-options",
        "clean-28", "password-prose", "clean-29", "url-encoded-keys"})
    public String line;

    private String text;
    private final Redactor redactor = Redactor.defaults();

    @Setup
    public void build() {
        text = line.startsWith("clean-") ? repeat(CLEAN_UNIT) : switch (line) {
            case "provider-prefix" -> repeat("sk_live_");
            case "loose-prefix" -> repeat("xoxb-");
            case "checked-prefix" -> repeat("glpat-");
            case "endless-token" -> "ghp_" + repeat("a");
            case "infix" -> repeat("1234567890:AA");
            case "jwt" -> repeat("eyJ");
            case "jwt-unsigned" -> repeat("eyJhbGciOiJIUzI1NiJ9.");
            case "key-no-value" -> repeat("password");
            case "key-runs" -> repeat("password=");
            case "key-words" -> repeat("token token ");
            case "quoted-unclosed" -> "\"password\": \"" + repeat("x");
            case "pem-headers" -> repeat("-----BEGIN PRIVATE KEY-----");
            case "pem-unterminated" -> "-----BEGIN RSA PRIVATE KEY-----\n" + repeat("QUJD\n");
            case "email-no-domain" -> repeat("a@");
            case "email-domains" -> repeat("@a.b");
            case "scheme" -> repeat("://");
            case "userinfo-endless" -> "postgres://u:" + repeat("p");
            case "digit-groups" -> repeat("4111 ");
            case "iban-starts" -> repeat("GB82 ");
            case "cookie-pairs" -> "Cookie: " + repeat("a=b; ");
            case "authorization-params" -> "Authorization: Digest " + repeat("a=\"b\", ");
            case "curl" -> repeat("curl -u ");
            case "oracle-thin" -> repeat("thin:");
            case "bearer" -> repeat("Bearer ");
            case "query-params" -> "/x?" + repeat("token=&");
            case "mysql-options" -> repeat("mysql -p");
            case "redis-cli-options" -> repeat("redis-cli -a ");
            case "password-prose" -> repeat("password is ");
            case "url-encoded-keys" -> repeat("password%3D");
            default -> throw new IllegalArgumentException(line);
        };
    }

    @Benchmark
    public String redact() {
        return redactor.redact(text);
    }

    private static String repeat(String unit) {
        return unit.repeat(MIB / unit.length() + 1).substring(0, MIB);
    }
}
