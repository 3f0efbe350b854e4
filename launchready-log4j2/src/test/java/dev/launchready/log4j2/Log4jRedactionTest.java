package dev.launchready.log4j2;

import static dev.launchready.logging.fixtures.Secrets.BEARER_TOKEN;
import static dev.launchready.logging.fixtures.Secrets.EMAIL;
import static dev.launchready.logging.fixtures.Secrets.JDBC_URL;
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
import java.nio.file.Path;
import java.sql.SQLException;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import org.apache.logging.log4j.Level;
import org.apache.logging.log4j.LogManager;
import org.apache.logging.log4j.ThreadContext;
import org.apache.logging.log4j.core.LogEvent;
import org.apache.logging.log4j.core.LoggerContext;
import org.apache.logging.log4j.core.impl.DefaultLogEventFactory;
import org.apache.logging.log4j.message.ParameterizedMessage;
import org.apache.logging.log4j.message.StringMapMessage;
import org.junit.jupiter.api.Test;
import org.slf4j.bridge.SLF4JBridgeHandler;
import tools.jackson.core.JsonParser;
import tools.jackson.core.ObjectReadContext;
import tools.jackson.core.json.JsonFactory;

/**
 * Real Log4j2 configured by {@code log4j2-test.xml} with no LaunchReady line (the jar's
 * {@code log4j2.component.properties} installs the factory), writing PatternLayout, JsonTemplateLayout
 * and async-appender files. Every assertion reads what the appenders really wrote.
 */
class Log4jRedactionTest {

    private static final org.apache.logging.log4j.Logger log = LogManager.getLogger("app.Payments");
    private static final org.slf4j.Logger slf4j = org.slf4j.LoggerFactory.getLogger("app.Slf4j");
    private static final Path PLAIN = Path.of("target/redaction-logs/plain.log");
    private static final Path JSON = Path.of("target/redaction-logs/json.log");
    private static final Path ASYNC = Path.of("target/redaction-logs/async.log");

    @Test
    void installedWithNoCode() {
        log.info("warm up");
        assertThat(Log4jRedaction.isInstalled()).isTrue();
    }

    @Test
    void messagesThroughLog4jApiAndSlf4j() throws Exception {
        log.info("charging with key {} for {}", STRIPE, EMAIL);
        slf4j.info("login body {\"email\":\"a@b.io\",\"password\": \"" + PASSWORD + "\"}");
        slf4j.info("clean line {} of {}", 1, 2);
        assertClean(STRIPE, EMAIL, PASSWORD);
        assertThat(plain()).contains("INFO Payments charging with key [REDACTED:stripe-secret-key] for [EMAIL]")
                .contains("clean line 1 of 2");
    }

    @Test
    void throwableMessagesCausesSuppressedAndCycles() throws Exception {
        SQLException cause = new SQLException("Connection to " + JDBC_URL + " refused");
        IllegalStateException top = new IllegalStateException("pool failed for " + POSTGRES_URL, cause);
        top.addSuppressed(new RuntimeException("closing with " + STRIPE));
        log.error("startup failed", top);
        RuntimeException a = new RuntimeException("a with " + STRIPE_2);
        RuntimeException b = new RuntimeException("b with " + EMAIL, a);
        a.initCause(b);
        slf4j.warn("circular {}", "causes", a);
        assertClean(PASSWORD, STRIPE, STRIPE_2, EMAIL);
        assertThat(plain()).contains("java.lang.IllegalStateException: pool failed for postgres://app:[REDACTED")
                .contains("Caused by: java.sql.SQLException: Connection to jdbc:postgresql://db.internal/app?user=app&password=[REDACTED")
                .contains("Suppressed: java.lang.RuntimeException: closing with [REDACTED:stripe-secret-key]")
                .contains("at dev.launchready.log4j2.Log4jRedactionTest.throwableMessagesCausesSuppressedAndCycles")
                .contains("circular causes");
        assertThat(async()).contains("pool failed for postgres://app:[REDACTED");
    }

    @Test
    void throwableWhoseGetMessageThrowsKeepsTheLine() throws Exception {
        RuntimeException odd = new RuntimeException("unused") {
            @Override
            public String getMessage() {
                throw new IllegalStateException("broken getMessage");
            }
        };
        log.error("odd exception for " + EMAIL, odd);
        assertClean(EMAIL);
        assertThat(plain()).contains("odd exception for [EMAIL]").contains("message unreadable");
    }

    @Test
    void contextDataAndMapMessages() throws Exception {
        ThreadContext.put("authorization", "Bearer " + BEARER_TOKEN);
        ThreadContext.put("password", PASSWORD);
        ThreadContext.put("member", "42");
        try {
            log.info("webhook received");
            log.info("webhook again");
            log.info(new StringMapMessage().with("customer_email", EMAIL).with("password", PASSWORD).with("attempt", "3"));
        } finally {
            ThreadContext.clearMap();
        }
        assertClean(BEARER_TOKEN, PASSWORD, EMAIL);
        assertThat(plain()).contains("member=42").contains("attempt=\"3\"");
        assertThat(json()).contains("\"member\":\"42\"");
    }

    @Test
    void nullArgumentsAndNullMessage() throws Exception {
        log.info("nothing {} here {}", null, null);
        log.info((String) null);
        assertThat(plain()).contains("nothing null here null");
    }

    @Test
    void javaUtilLoggingThroughSlf4j() throws Exception {
        SLF4JBridgeHandler.removeHandlersForRootLogger();
        SLF4JBridgeHandler.install();
        try {
            java.util.logging.Logger.getLogger("legacy.Jdbc")
                    .log(java.util.logging.Level.WARNING, "JUL says " + JDBC_URL, new SQLException("with " + STRIPE_2));
        } finally {
            SLF4JBridgeHandler.uninstall();
        }
        assertClean(PASSWORD, STRIPE_2);
        assertThat(plain()).contains("WARN Jdbc JUL says jdbc:postgresql://db.internal/app?user=app&password=[REDACTED");
    }

    @Test
    void jsonStaysValidJson() throws Exception {
        log.info("quote \" and {} and \\ in json", "\"password\": \"" + PASSWORD + "\"");
        assertClean(PASSWORD);
        JsonFactory factory = new JsonFactory();
        for (String line : Files.readAllLines(JSON, StandardCharsets.UTF_8)) {
            try (JsonParser parser = factory.createParser(ObjectReadContext.empty(), line)) {
                while (parser.nextToken() != null) {
                    // reads to the end: throws on broken JSON
                }
            }
        }
    }

    @Test
    void stillInstalledAfterReconfiguration() throws Exception {
        LoggerContext context = (LoggerContext) LogManager.getContext(false);
        context.reconfigure();
        assertThat(Log4jRedaction.isInstalled()).isTrue();
        log.info("after reconfiguration {}", STRIPE);
        assertClean(STRIPE);
        assertThat(plain()).contains("after reconfiguration [REDACTED:stripe-secret-key]");
    }

    @Test
    void concurrentLoggingKeepsEachThreadsOwnLine() throws Exception {
        ExecutorService pool = Executors.newFixedThreadPool(4);
        try {
            List<Future<?>> done = new ArrayList<>();
            for (int t = 0; t < 4; t++) {
                int thread = t;
                done.add(pool.submit(() -> {
                    for (int i = 0; i < 200; i++) {
                        ThreadContext.put("n", thread + "-" + i);
                        log.info("thread {} line {} key {}", thread, i, i % 2 == 0 ? STRIPE : "clean");
                    }
                    ThreadContext.clearMap();
                }));
            }
            for (Future<?> f : done) {
                f.get(30, TimeUnit.SECONDS);
            }
        } finally {
            pool.shutdownNow();
        }
        assertClean(STRIPE);
        for (int t = 0; t < 4; t++) {
            assertThat(plain()).contains("thread " + t + " line 198 key [REDACTED:stripe-secret-key] mdc={n=" + t + "-198}")
                    .contains("thread " + t + " line 199 key clean mdc={n=" + t + "-199}");
        }
    }

    @Test
    void immutableEventsToo() {
        RedactingLogEventFactory factory = new RedactingLogEventFactory(new DefaultLogEventFactory());
        Log4jRedaction.install(Redactor.defaults());
        ThreadContext.put("password", PASSWORD);
        try {
            LogEvent event = factory.createEvent("app", null, "fqcn", Level.INFO,
                    new ParameterizedMessage("key {}", STRIPE), List.of(), new RuntimeException(EMAIL));
            assertThat(event.getMessage().getFormattedMessage()).isEqualTo("key [REDACTED:stripe-secret-key]");
            assertThat(event.getThrown().getMessage()).isEqualTo("[EMAIL]");
            assertThat(event.getContextData().<String>getValue("password")).doesNotContain(PASSWORD);
            LogEvent clean = factory.createEvent("app", null, "fqcn", Level.INFO,
                    new ParameterizedMessage("member {}", 42), List.of(), null);
            assertThat(clean.getMessage()).isInstanceOf(ParameterizedMessage.class);
        } finally {
            ThreadContext.clearMap();
        }
    }

    private static void assertClean(String... secrets) throws Exception {
        ((LoggerContext) LogManager.getContext(false)).getConfiguration().getAppenders().values()
                .forEach(appender -> {
                    if (appender instanceof org.apache.logging.log4j.core.appender.AsyncAppender async) {
                        await().atMost(Duration.ofSeconds(2)).pollInterval(Duration.ofMillis(10))
                                .until(() -> async.getQueueRemainingCapacity() == async.getQueueCapacity());
                    }
                });
        for (String secret : secrets) {
            assertThat(plain()).doesNotContain(secret);
            assertThat(json()).doesNotContain(secret);
            assertThat(async()).doesNotContain(secret);
        }
    }

    private static String plain() throws IOException {
        return Files.readString(PLAIN, StandardCharsets.UTF_8);
    }

    private static String json() throws IOException {
        return Files.readString(JSON, StandardCharsets.UTF_8);
    }

    private static String async() throws IOException {
        return Files.readString(ASYNC, StandardCharsets.UTF_8);
    }
}
