package dev.launchready.servlet;

import static org.assertj.core.api.Assertions.assertThat;

import ch.qos.logback.classic.Logger;
import ch.qos.logback.classic.LoggerContext;
import ch.qos.logback.classic.encoder.PatternLayoutEncoder;
import ch.qos.logback.classic.filter.ThresholdFilter;
import ch.qos.logback.core.OutputStreamAppender;
import dev.launchready.logback.LogRedaction;
import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.Map;
import org.eclipse.jetty.ee10.servlet.ServletHolder;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.slf4j.LoggerFactory;

/**
 * A real Jetty app whose servlet logs carelessly, and a real Logback appender writing text: the
 * initializer installs redaction and the opt-in access log with nothing in the app naming LaunchReady.
 */
class LogRedactionIT {

    private static final String STRIPE = "sk_" + "live_" + "4eC39HqLyjWDarjtT1zdp7dc";
    private static final String EMAIL = "mia.member@example.com";

    private final ByteArrayOutputStream written = new ByteArrayOutputStream();
    private OutputStreamAppender<ch.qos.logback.classic.spi.ILoggingEvent> appender;

    @BeforeEach
    void appenderAsTheAppConfiguredIt() {
        LoggerContext context = (LoggerContext) LoggerFactory.getILoggerFactory();
        PatternLayoutEncoder encoder = new PatternLayoutEncoder();
        encoder.setContext(context);
        encoder.setPattern("%logger %msg%n");
        encoder.start();
        appender = new OutputStreamAppender<>();
        appender.setName("captured");
        appender.setContext(context);
        appender.setEncoder(encoder);
        appender.setOutputStream(written);
        ThresholdFilter infoAndUp = new ThresholdFilter(); // LaunchReady logs at DEBUG in these tests
        infoAndUp.setLevel("INFO");
        infoAndUp.start();
        appender.addFilter(infoAndUp);
        appender.start();
        context.getLogger(Logger.ROOT_LOGGER_NAME).addAppender(appender);
    }

    @AfterEach
    void detach() {
        ((LoggerContext) LoggerFactory.getILoggerFactory()).getLogger(Logger.ROOT_LOGGER_NAME).detachAppender("captured");
    }

    @Test
    void carelessLinesAndTheAccessLogComeOutClean() throws Exception {
        try (JettyApp app = JettyApp.start(Map.of("launchready.access-log.enabled", "true",
                "launchready.health.drain-period", "0s"),
                c -> c.addServlet(new ServletHolder(new CarelessServlet()), "/members/*"))) {
            assertThat(LogRedaction.isInstalled((LoggerContext) LoggerFactory.getILoggerFactory())).isTrue();
            assertThat(Http.get(app.uri("/members/42?email=" + EMAIL + "&password=hunter2-x"),
                    "Referer", "https://example.com/reset?password=hunter2-y").statusCode()).isEqualTo(200);
            assertThat(Http.get(app.uri("/livez")).statusCode()).isEqualTo(200);
        }
        String log = written.toString(StandardCharsets.UTF_8);
        assertThat(log).contains("charging [REDACTED:stripe-secret-key] for [EMAIL]")
                .contains("launchready.access GET /members/* 200 ")
                .contains("client=127.0.0.1")
                .contains("query=\"email=[EMAIL]&password=[REDACTED")
                .contains("referer=\"https://example.com/reset?password=[REDACTED")
                .doesNotContain(STRIPE).doesNotContain(EMAIL).doesNotContain("hunter2")
                .doesNotContain("GET /livez").doesNotContain("/members/42");
    }

    @Test
    void noAccessLogUnlessAskedFor() throws Exception {
        try (JettyApp app = JettyApp.start(Map.of("launchready.health.drain-period", "0s"))) {
            assertThat(Http.get(app.uri("/pricing")).statusCode()).isEqualTo(200);
        }
        assertThat(written.toString(StandardCharsets.UTF_8)).doesNotContain("launchready.access");
    }

    static final class CarelessServlet extends HttpServlet {
        private static final org.slf4j.Logger log = LoggerFactory.getLogger("app.Billing");

        @Override
        protected void doGet(HttpServletRequest req, HttpServletResponse resp) throws IOException {
            log.info("charging {} for {}", STRIPE, EMAIL);
            resp.getWriter().write("ok");
        }
    }
}
