package dev.launchready.health;

import static dev.launchready.health.HealthTesting.body;
import static dev.launchready.health.HealthTesting.check;
import static dev.launchready.health.HealthTesting.health;
import static dev.launchready.health.HealthTesting.registry;
import static org.assertj.core.api.Assertions.assertThat;

import dev.launchready.health.HealthEndpoints.Endpoint;
import io.micrometer.core.instrument.simple.SimpleMeterRegistry;
import java.sql.SQLException;
import java.util.concurrent.ExecutionException;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** Failure text shown in details is one short line with no credentials and no stack trace. */
class CheckOutputTest {

    private static final String[] SECRETS = {"hunter2", "pa55w0rd", "dbuser", "db.internal.example", "s3cr3tKey",
        "sk_live_abc"};

    private final MutableClock clock = new MutableClock();
    private final SimpleMeterRegistry meters = new SimpleMeterRegistry();

    @Test
    void aThrowingCheckLeaksNoSecretAndNoStackTraceIntoTheDetails() {
        Exception failure = new SQLException(
                "Cannot connect to jdbc:postgresql://db.internal.example:5432/app?user=dbuser&password=hunter2\n"
                        + "\tvia https://dbuser:pa55w0rd@proxy.example/route; password=hunter2, api_key=s3cr3tKey "
                        + "token: sk_live_abc", "08001", new java.net.ConnectException("Connection refused"));
        try (HealthRegistry registry = registry(health(), clock, meters,
                HealthCheck.of("db", true, () -> {
                    throw failure;
                })).build()) {
            CheckReport r = check(registry.report(), "db");
            assertThat(r.status()).isEqualTo(HealthStatus.FAIL);
            String output = r.output().orElseThrow();
            assertThat(output).doesNotContain(SECRETS).doesNotContain("\n", "\r", "\t")
                    .isEqualTo("SQLException: Cannot connect to jdbc:(hidden) via https://***@proxy.example/route;"
                            + " password=***, api_key=*** token: ***");

            HealthEndpoints endpoints = HealthEndpoints.of(registry);
            for (boolean verbose : new boolean[] {false, true}) {
                String details = body(endpoints.answer(Endpoint.HEALTHZ,
                        new HealthProbe("GET", verbose, "127.0.0.1", false, null)));
                assertThat(details).contains("db").doesNotContain(SECRETS).doesNotContain("\n\tat ", "\tat ");
            }
        }
    }

    @Test
    void theDriverMessageIsMaskedWhenItIsTheRootCause() {
        String text = CheckOutput.of(new ExecutionException(new SQLException(
                "FATAL: password authentication failed for jdbc:mysql://db.internal.example/app password=hunter2")));
        assertThat(text).startsWith("SQLException: FATAL: password authentication failed for jdbc:(hidden)")
                .doesNotContain(SECRETS).contains("password=***");
    }

    @Test
    void exceptionsWithoutAMessageShowTheirCause() {
        assertThat(CheckOutput.of(new RuntimeException((String) null))).isEqualTo("RuntimeException");
        Exception wrapped = new RuntimeException(null, new java.net.ConnectException("Connection refused"));
        assertThat(CheckOutput.of(wrapped)).isEqualTo("ConnectException: Connection refused");
    }

    @Test
    void resultsReturnedByChecksAreCleanedToo() {
        try (HealthRegistry registry = registry(health(), clock, meters,
                HealthCheck.of("api", false,
                        () -> CheckResult.warn("slow answer from https://dbuser:pa55w0rd@api.example/x\nretry later")))
                .build()) {
            CheckReport r = check(registry.report(), "api");
            assertThat(r.status()).isEqualTo(HealthStatus.WARN);
            assertThat(r.output()).hasValue("slow answer from https://***@api.example/x retry later");
        }
    }

    @Test
    void multiLineMessagesBecomeOneLine() {
        assertThat(CheckOutput.clean("first\nsecond\r\nthird\n\tat com.example.Foo.bar(Foo.java:1)"))
                .isEqualTo("first second third at com.example.Foo.bar(Foo.java:1)");
    }

    @Test
    void longMessagesAreTruncated() {
        String longText = "x".repeat(5_000);
        String cleaned = CheckOutput.clean(longText);
        assertThat(cleaned).hasSize(200).endsWith("…");
        assertThat(CheckOutput.clean("y".repeat(200))).isEqualTo("y".repeat(200));

        try (HealthRegistry registry = registry(health(), clock, meters,
                HealthCheck.of("chatty", true, () -> {
                    throw new IllegalStateException("z".repeat(10_000));
                })).build()) {
            assertThat(check(registry.report(), "chatty").output().orElseThrow()).hasSizeLessThanOrEqualTo(200);
        }
    }

    /** Masking runs before truncation, so it must stay linear: a driver may put a whole response in a message. */
    @Test
    void cleaningAHugeMessageIsFast() {
        String huge = "z".repeat(20_000) + " password=hunter2 " + "y".repeat(20_000);
        // A hang guard, not a speed target (those live in JMH): a shared 2-core machine under load
        // took over a second here while a backtracking blow-up would take minutes.
        String cleaned = org.junit.jupiter.api.Assertions.assertTimeoutPreemptively(java.time.Duration.ofSeconds(20),
                () -> CheckOutput.clean(huge));
        assertThat(cleaned).hasSize(200);
        assertThat(CheckOutput.clean("Z".repeat(20_000) + "://user:hunter2@host")).doesNotContain("hunter2");
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', textBlock = """
            jdbc:postgresql://h/db?password=hunter2                   | jdbc:(hidden)
            url jdbc:sqlserver://h;user=sa;password=hunter2 failed    | url jdbc:(hidden);user=sa;password=*** failed
            redis://default:hunter2@cache:6379                        | redis://***@cache:6379
            rediss://:hunter2@cache:6380/0                            | rediss://***@cache:6380/0
            HTTPS://dbuser:hunter2@h/x                                | HTTPS://***@h/x
            password=hunter2                                          | password=***
            Password: hunter2                                         | Password: ***
            pwd=hunter2&x=1                                           | pwd=***&x=1
            secret = hunter2                                          | secret = ***
            apiKey=hunter2                                            | apiKey=***
            api-key:hunter2                                           | api-key:***
            token=hunter2                                             | token=***
            auth=hunter2                                              | auth=***
            nothing to hide here                                      | nothing to hide here
            """)
    void cleanMasks(String raw, String expected) {
        assertThat(CheckOutput.clean(raw)).isEqualTo(expected);
    }
}
