package dev.launchready.benchmarks;

import dev.launchready.redact.Redactor;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.Warmup;

/**
 * {@code Redactor.redact} alone, on 200-character lines (clean, clean with near-miss keywords, one
 * secret), and the same lines through a naive redactor: gitleaks-style {@code java.util.regex}
 * rules for the same families, every rule on every line. Run with {@code -prof gc} for allocation
 * per call. The 1 MiB lines are in {@link RedactorWorstCaseBenchmark}.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.NANOSECONDS)
@Warmup(iterations = 3, time = 1)
@Measurement(iterations = 5, time = 1)
@Fork(1)
public class RedactorBenchmark {

    /** 200 chars, no keyword of any rule. */
    static final String CLEAN = fit("2026-11-23T12:44:16.123Z INFO  [http-nio-8080-exec-3] c.e.shop.OrderController - "
            + "order 123e4567-e89b-12d3-a456-426614174000 shipped to warehouse 7 in 42 ms, items=3, total=129.90 EUR, status=OK");
    /** 200 chars, clean, but with words the prefilter wakes on (token, key, password, @, ://). */
    static final String NEAR_MISS = fit("2026-11-23T12:44:16.123Z INFO  [exec-3] c.e.ai.Completion - max_tokens=1024 "
            + "cache_key=users:42 password_reset_sent=true for https://shop.example.com/orders lib@1.2.3 done in 42 ms");
    /** 200 chars with one Stripe key. */
    static final String ONE_SECRET = fit("2026-11-23T12:44:16.123Z WARN  [exec-3] c.e.pay.StripeClient - charge failed "
            + "for order 123e4567 with key sk_live_0FAKE0key0FAKE0key0FAKE9xQ2, retrying in 2 s (attempt 2 of 5) ok");

    /** gitleaks-style regexes for the families the redactor covers; one pass per rule, as log maskers do. */
    static final List<Pattern> NAIVE = List.of(
            Pattern.compile("(?:AKIA|ASIA|ABIA|ACCA)[A-Z2-7]{16}"),
            Pattern.compile("AIza[\\w-]{35}"),
            Pattern.compile("gh[pousr]_[0-9a-zA-Z]{36}"),
            Pattern.compile("github_pat_\\w{82}"),
            Pattern.compile("glpat-[\\w-]{20}"),
            Pattern.compile("(?:sk|rk)_(?:live|test)_[0-9a-zA-Z]{24,247}"),
            Pattern.compile("whsec_[A-Za-z0-9+/=]{24,}"),
            Pattern.compile("xox[baprse]-[0-9a-zA-Z-]{10,250}"),
            Pattern.compile("SG\\.[\\w-]{22}\\.[\\w-]{43}"),
            Pattern.compile("sk-(?:proj|svcacct|admin)-[\\w-]{40,}"),
            Pattern.compile("sk-ant-api03-[\\w-]{93}AA"),
            Pattern.compile("hf_[A-Za-z]{34}"),
            Pattern.compile("npm_[A-Za-z0-9]{36}"),
            Pattern.compile("pypi-AgEIcHlwaS5vcmc[\\w-]{50,}"),
            Pattern.compile("\\d{8,10}:AA[\\w-]{33}"),
            Pattern.compile("-----BEGIN[ A-Z0-9_-]{0,100}PRIVATE KEY(?: BLOCK)?-----[\\s\\S-]*?(?:-----END[ A-Z0-9_-]{0,100}PRIVATE KEY(?: BLOCK)?-----|$)"),
            Pattern.compile("\\beyJ[\\w-]{10,}\\.eyJ[\\w-]{10,}\\.[\\w-]*"),
            Pattern.compile("(?i)(authorization|proxy-authorization)\\s*[:=]\\s*\\[?\"?(?:bearer|basic|token)?\\s*([^\\s\",;}\\]]+)"),
            Pattern.compile("(?i)(set-)?cookie\\s*[:=]\\s*\"?([^\"\\n]+)"),
            Pattern.compile("(?i)[\\w.-]{0,50}?(?:password|passwd|pwd|secret|token|api[_-]?key)[\\w.-]{0,20}[\"']?\\s*(?:=|:|=>)\\s*[\"']?([^\\s\"',;&)}\\]]+)"),
            Pattern.compile("[a-zA-Z][a-zA-Z0-9+.-]{1,31}://[^/\\s:@]+:([^@\\s/]+)@"),
            Pattern.compile("[?&](?:token|access_token|code|key|signature|sig|password)=([^&\\s#]+)"),
            Pattern.compile("[A-Za-z0-9._%+-]{1,64}@(?:[A-Za-z0-9-]{1,63}\\.)+[A-Za-z]{2,}"),
            Pattern.compile("\\b(?:\\d[ -]?){12,18}\\d\\b"),
            Pattern.compile("\\b[A-Z]{2}\\d{2}(?: ?[A-Z0-9]{4}){2,7}(?: ?[A-Z0-9]{1,3})?\\b"));

    private final Redactor redactor = Redactor.defaults();

    @Benchmark
    public String redactClean() {
        return redactor.redact(CLEAN);
    }

    @Benchmark
    public String redactNearMiss() {
        return redactor.redact(NEAR_MISS);
    }

    @Benchmark
    public String redactOneSecret() {
        return redactor.redact(ONE_SECRET);
    }

    @Benchmark
    public String naiveRegexClean() {
        return naive(CLEAN);
    }

    @Benchmark
    public String naiveRegexNearMiss() {
        return naive(NEAR_MISS);
    }

    @Benchmark
    public String naiveRegexOneSecret() {
        return naive(ONE_SECRET);
    }

    static String naive(String line) {
        String out = line;
        for (Pattern p : NAIVE) {
            Matcher m = p.matcher(out);
            if (m.find()) {
                out = m.replaceAll("[REDACTED]");
            }
        }
        return out;
    }

    static String fit(String line) {
        if (line.length() < 200) {
            return line + " ".repeat(200 - line.length());
        }
        return line.substring(0, 200);
    }
}
