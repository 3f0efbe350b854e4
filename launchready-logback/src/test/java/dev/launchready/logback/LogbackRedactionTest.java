package dev.launchready.logback;

import static dev.launchready.logging.fixtures.Secrets.BEARER_TOKEN;
import static dev.launchready.logging.fixtures.Secrets.EMAIL;
import static dev.launchready.logging.fixtures.Secrets.JDBC_URL;
import static dev.launchready.logging.fixtures.Secrets.PASSWORD;
import static dev.launchready.logging.fixtures.Secrets.POSTGRES_URL;
import static dev.launchready.logging.fixtures.Secrets.STRIPE;
import static dev.launchready.logging.fixtures.Secrets.STRIPE_2;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import ch.qos.logback.classic.AsyncAppender;
import ch.qos.logback.classic.LoggerContext;
import ch.qos.logback.classic.joran.JoranConfigurator;
import ch.qos.logback.classic.spi.ILoggingEvent;
import ch.qos.logback.classic.spi.LoggingEvent;
import ch.qos.logback.core.read.ListAppender;
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
import net.logstash.logback.argument.StructuredArguments;
import net.logstash.logback.marker.Markers;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestMethodOrder;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.slf4j.MDC;
import org.slf4j.bridge.SLF4JBridgeHandler;
import tools.jackson.core.JsonParser;
import tools.jackson.core.json.JsonFactory;

/**
 * Real Logback, configured by {@code logback-test.xml} with no LaunchReady line (the Configurator
 * service installs redaction), writing plain text and logstash JSON to files and events to a list
 * behind an AsyncAppender. Every assertion reads what the appenders really wrote.
 */
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class LogbackRedactionTest {

    private static final Logger log = LoggerFactory.getLogger("app.Payments");
    private static final Path PLAIN = Path.of("target/redaction-logs/plain.log");
    private static final Path JSON = Path.of("target/redaction-logs/json.log");

    @Test
    void installedWithNoCodeAroundEveryAppender() {
        log.info("warm up");
        assertThat(LogRedaction.isInstalled(context())).isTrue();
    }

    @Test
    void aTemplateRememberedCleanStillHasItsArgumentsJudged() throws Exception {
        for (int i = 0; i < 3; i++) {
            log.info("retrying charge {} with {}", i, "order-4711");
        }
        log.info("retrying charge {} with {}", 3, STRIPE);
        assertClean(STRIPE);
        assertThat(plain()).contains("retrying charge 2 with order-4711")
                .contains("retrying charge 3 with [REDACTED:stripe-secret-key]");
        ILoggingEvent event = lastListed("retrying charge 3");
        assertThat(event.getArgumentArray()).containsExactly(3, "[REDACTED:stripe-secret-key]");
    }

    @Test
    void formattedMessageAndArguments() throws Exception {
        log.info("charging with key {} for {}", STRIPE, EMAIL);
        log.info("login body {\"email\":\"a@b.io\",\"password\": \"" + PASSWORD + "\"}");
        log.info("password={}", PASSWORD);
        assertClean(STRIPE, EMAIL, PASSWORD);
        assertThat(plain()).contains("charging with key [REDACTED:stripe-secret-key] for [EMAIL]");
        ILoggingEvent event = lastListed("password=");
        assertThat(event.getArgumentArray()).containsExactly(LogFieldsRedacted.REDACTED);
        assertThat(event.getMessage()).doesNotContain(PASSWORD);
    }

    @Test
    void cleanLinesPassTheOriginalEventThrough() throws Exception {
        log.info("member {} opened /members at {}", 42, "12:00");
        assertThat(lastListed("opened /members")).isInstanceOf(LoggingEvent.class);
        assertThat(plain()).contains("member 42 opened /members at 12:00");
    }

    @Test
    void nullArgumentsAndNullMessage() throws Exception {
        log.info("nothing {} here {}", null, null);
        log.info(null);
        log.info("only {}", (Object) null);
        assertThat(plain()).contains("nothing null here null").contains("only null");
    }

    @Test
    void throwableMessagesCausesAndSuppressed() throws Exception {
        SQLException cause = new SQLException("Connection to " + JDBC_URL + " refused");
        IllegalStateException top = new IllegalStateException("pool failed for " + POSTGRES_URL, cause);
        top.addSuppressed(new RuntimeException("closing with " + STRIPE));
        log.error("startup failed", top);
        assertClean(PASSWORD, STRIPE);
        assertThat(plain()).contains("java.lang.IllegalStateException: pool failed for postgres://app:[REDACTED")
                .contains("Caused by: java.sql.SQLException: Connection to jdbc:postgresql://db.internal/app?user=app&password=[REDACTED")
                .contains("Suppressed: java.lang.RuntimeException: closing with [REDACTED:stripe-secret-key]")
                .contains("at dev.launchready.logback.LogbackRedactionTest.throwableMessagesCausesAndSuppressed");
        assertThat(json()).contains("\"stack_trace\":\"java.lang.IllegalStateException: pool failed for postgres://app:[REDACTED");
    }

    @Test
    void circularCauses() throws Exception {
        RuntimeException a = new RuntimeException("a with " + STRIPE_2);
        RuntimeException b = new RuntimeException("b with " + EMAIL, a);
        a.initCause(b);
        log.warn("circular", a);
        assertClean(STRIPE_2, EMAIL);
        assertThat(plain()).contains("a with [REDACTED:stripe-secret-key]").contains("CIRCULAR REFERENCE");
    }

    @Test
    void throwableWhoseGetMessageThrowsKeepsTheLine() throws Exception {
        RuntimeException odd = new RuntimeException("unused") {
            @Override
            public String getMessage() {
                throw new IllegalStateException("broken getMessage");
            }
        };
        try {
            log.error("odd exception for " + EMAIL, odd);
        } catch (IllegalStateException logbackItself) {
            // Logback reads getMessage() while building the event, before any appender: not ours to catch.
            log.error("odd exception for " + EMAIL + " (Logback could not build the event)");
        }
        assertClean(EMAIL);
        assertThat(plain()).contains("odd exception for [EMAIL]");
    }

    @Test
    void mdcKeyValuePairsAndMarkers() throws Exception {
        MDC.put("authorization", "Bearer " + BEARER_TOKEN);
        MDC.put("password", PASSWORD);
        MDC.put("member", "42");
        try {
            log.atInfo().setMessage("webhook received").addKeyValue("customer_email", EMAIL)
                    .addKeyValue("password", PASSWORD).addKeyValue("attempt", 3).log();
            log.info(Markers.append("api_key", STRIPE).and(Markers.append("card_holder", "M. Member")),
                    "marker event {}", StructuredArguments.kv("authorization", "Bearer " + BEARER_TOKEN));
            log.info("structured extra", StructuredArguments.kv("reset_link", "https://x.io/r?password=" + PASSWORD));
        } finally {
            MDC.clear();
        }
        assertClean(BEARER_TOKEN, PASSWORD, EMAIL, STRIPE);
        assertThat(plain()).contains("member=42").contains("attempt=\"3\"");
        assertThat(json()).contains("\"member\":\"42\"").contains("card_holder=M. Member")
                .contains("\"authorization\":\"Bearer [REDACTED:");
        ILoggingEvent event = lastListed("webhook received");
        assertThat(event.getMDCPropertyMap()).containsEntry("member", "42");
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
            try (JsonParser parser = factory.createParser(tools.jackson.core.ObjectReadContext.empty(), line)) {
                while (parser.nextToken() != null) {
                    // reads to the end: throws on broken JSON
                }
            }
        }
    }

    @Test
    @Order(Integer.MAX_VALUE) // reconfiguring truncates the files the other tests read
    void stillInstalledAfterReconfiguration() throws Exception {
        LoggerContext context = context();
        context.reset();
        JoranConfigurator configurator = new JoranConfigurator();
        configurator.setContext(context);
        configurator.doConfigure(getClass().getResource("/logback-test.xml"));
        assertThat(LogRedaction.isInstalled(context)).isTrue();
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
                        MDC.put("n", thread + "-" + i);
                        log.info("thread {} line {} key {}", thread, i, i % 2 == 0 ? STRIPE : "clean");
                    }
                    MDC.clear();
                }));
            }
            for (Future<?> f : done) {
                f.get(30, TimeUnit.SECONDS);
            }
        } finally {
            pool.shutdownNow();
        }
        assertClean(STRIPE);
        String plain = plain();
        for (int t = 0; t < 4; t++) {
            assertThat(plain).contains("thread " + t + " line 198 key [REDACTED:stripe-secret-key] mdc={n=" + t + "-198}")
                    .contains("thread " + t + " line 199 key clean mdc={n=" + t + "-199}");
        }
    }

    @Test
    void oneMebibyteLine() throws Exception {
        String big = "x".repeat(1 << 20) + " " + STRIPE;
        log.info("big {}", big);
        assertClean(STRIPE);
        assertThat(Files.size(PLAIN)).isGreaterThan(1 << 20);
    }

    private static void assertClean(String... secrets) throws Exception {
        String plain = plain();
        String json = json();
        List<ILoggingEvent> listed = listed();
        for (String secret : secrets) {
            assertThat(plain).doesNotContain(secret);
            assertThat(json).doesNotContain(secret);
            for (ILoggingEvent event : listed) {
                assertThat(event.getFormattedMessage()).doesNotContain(secret);
            }
        }
    }

    private static String plain() throws IOException {
        return Files.readString(PLAIN, StandardCharsets.UTF_8);
    }

    private static String json() throws IOException {
        return Files.readString(JSON, StandardCharsets.UTF_8);
    }

    private static LoggerContext context() {
        return (LoggerContext) LoggerFactory.getILoggerFactory();
    }

    @SuppressWarnings("unchecked")
    private static List<ILoggingEvent> listed() throws InterruptedException {
        ch.qos.logback.classic.Logger root = context().getLogger(org.slf4j.Logger.ROOT_LOGGER_NAME);
        AsyncAppender async = (AsyncAppender) ((RedactingAppender) root.getAppender("ASYNC")).delegate();
        await().atMost(Duration.ofSeconds(2)).pollInterval(Duration.ofMillis(10))
                .until(() -> async.getNumberOfElementsInQueue() == 0);
        ListAppender<ILoggingEvent> list = (ListAppender<ILoggingEvent>) async.getAppender("LIST");
        synchronized (list) {
            return new ArrayList<>(list.list);
        }
    }

    private static ILoggingEvent lastListed(String containing) throws InterruptedException {
        List<ILoggingEvent> events = listed();
        for (int i = events.size() - 1; i >= 0; i--) {
            if (String.valueOf(events.get(i).getFormattedMessage()).contains(containing)) {
                return events.get(i);
            }
        }
        throw new AssertionError("no listed event contains " + containing);
    }

    /** The marker LogFields puts for an argument that was part of a secret. */
    private static final class LogFieldsRedacted {
        static final String REDACTED = dev.launchready.logging.LogFields.REDACTED;
    }
}
