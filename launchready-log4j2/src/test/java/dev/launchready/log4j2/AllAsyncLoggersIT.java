package dev.launchready.log4j2;

import static dev.launchready.logging.fixtures.Secrets.EMAIL;
import static dev.launchready.logging.fixtures.Secrets.PASSWORD;
import static dev.launchready.logging.fixtures.Secrets.POSTGRES_URL;
import static dev.launchready.logging.fixtures.Secrets.STRIPE;
import static dev.launchready.logging.fixtures.Secrets.STRIPE_2;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import dev.launchready.redact.Redactor;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.sql.SQLException;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import org.apache.logging.log4j.LogManager;
import org.apache.logging.log4j.Logger;
import org.apache.logging.log4j.ThreadContext;
import org.apache.logging.log4j.core.LoggerContext;
import org.apache.logging.log4j.core.async.AsyncLoggerContext;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * Every logger asynchronous, as {@code log4j2.contextSelector=AsyncLoggerContextSelector} makes it (the
 * module's failsafe configuration sets it, with {@code log4j2-all-async.xml}): ring-buffer events never
 * meet an event factory, so the install call wraps the appenders. Assertions read what the real file
 * appenders wrote, after the ring buffer drained.
 */
class AllAsyncLoggersIT {

    private static final Logger log = LogManager.getLogger("app.Payments");
    private static final org.slf4j.Logger slf4j = org.slf4j.LoggerFactory.getLogger("app.Slf4j");
    private static final Path ALL = Path.of("target/redaction-logs/all-async.log");
    private static final Path WARNINGS = Path.of("target/redaction-logs/all-async-warnings.json");

    @BeforeAll
    static void install() {
        assertThat(LogManager.getContext(false)).isInstanceOf(AsyncLoggerContext.class);
        // The properties file alone does not reach ring-buffer events: the app's appenders are still bare.
        assertThat(Log4jRedaction.isInstalled()).isFalse();
        assertThat(Log4jRedaction.install(Redactor.defaults())).isTrue();
        assertThat(Log4jRedaction.isInstalled()).isTrue();
    }

    @Test
    void messagesContextAndThrowablesAreRedactedBeforeAnyLayout() throws Exception {
        ThreadContext.put("password", PASSWORD);
        try {
            log.info("charging with key {} for {}", STRIPE, EMAIL);
            log.warn("payment failed", new SQLException("connect " + POSTGRES_URL, new IllegalStateException("refund with " + STRIPE_2)));
        } finally {
            ThreadContext.clearMap();
        }
        slf4j.info("clean line {} of {}", 1, 2);
        String all = awaitIn(ALL, "clean line 1 of 2");
        assertThat(all).contains("INFO Payments charging with key [REDACTED:stripe-secret-key] for [EMAIL]")
                .contains("WARN Payments payment failed").contains("java.sql.SQLException: connect postgres://app:[REDACTED:url-password]@db.internal/app")
                .contains("Caused by: java.lang.IllegalStateException");
        String warnings = awaitIn(WARNINGS, "payment failed");
        for (String secret : List.of(STRIPE, EMAIL, PASSWORD, STRIPE_2)) {
            assertThat(all).doesNotContain(secret);
            assertThat(warnings).doesNotContain(secret);
        }
        // The reference's own level still applies to the wrapped appender: no INFO line in the warnings file.
        assertThat(warnings).doesNotContain("charging with key");
    }

    @Test
    void manyThreadsLoseNoLine() throws Exception {
        ExecutorService pool = Executors.newFixedThreadPool(4);
        try {
            List<Future<?>> done = new ArrayList<>();
            for (int t = 0; t < 4; t++) {
                int thread = t;
                done.add(pool.submit(() -> {
                    for (int i = 0; i < 250; i++) {
                        log.info("burst {} line {} key {}", thread, i, i % 2 == 0 ? STRIPE : "clean");
                    }
                }));
            }
            for (Future<?> f : done) {
                f.get(30, TimeUnit.SECONDS);
            }
        } finally {
            pool.shutdownNow();
        }
        await().atMost(Duration.ofSeconds(10)).pollInterval(Duration.ofMillis(20))
                .until(() -> read(ALL).lines().filter(l -> l.contains(" burst ")).count() == 1000);
        String all = read(ALL);
        assertThat(all).doesNotContain(STRIPE);
        for (int t = 0; t < 4; t++) {
            assertThat(all).contains("burst " + t + " line 248 key [REDACTED:stripe-secret-key]")
                    .contains("burst " + t + " line 249 key clean");
        }
    }

    @Test
    void stillCoveredAfterReconfiguration() throws Exception {
        ((LoggerContext) LogManager.getContext(false)).reconfigure();
        assertThat(Log4jRedaction.isInstalled()).isTrue();
        log.warn("after reconfiguration {}", STRIPE);
        assertThat(awaitIn(ALL, "after reconfiguration")).contains("after reconfiguration [REDACTED:stripe-secret-key]")
                .doesNotContain(STRIPE);
        assertThat(awaitIn(WARNINGS, "after reconfiguration")).doesNotContain(STRIPE);
    }

    private static String awaitIn(Path file, String text) throws IOException {
        await().atMost(Duration.ofSeconds(10)).pollInterval(Duration.ofMillis(20)).until(() -> read(file).contains(text));
        return read(file);
    }

    private static String read(Path file) throws IOException {
        try {
            return Files.readString(file, StandardCharsets.UTF_8);
        } catch (NoSuchFileException e) {
            return "";
        }
    }
}
