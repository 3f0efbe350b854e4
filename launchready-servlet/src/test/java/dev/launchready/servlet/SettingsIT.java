package dev.launchready.servlet;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import ch.qos.logback.classic.Logger;
import ch.qos.logback.classic.spi.ILoggingEvent;
import ch.qos.logback.core.read.ListAppender;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.slf4j.LoggerFactory;

class SettingsIT {

    @Test
    void aBadValueFailsStartupNamingTheKeyAndTheAcceptedValues() {
        assertThatThrownBy(() -> JettyApp.start(Map.of("launchready.health.timeout", "2")).close())
                .hasStackTraceContaining("launchready.health.timeout=\"2\" is not valid")
                .hasStackTraceContaining("500ms");
    }

    @Test
    void aSystemPropertyWinsOverAnInitParam() throws Exception {
        System.setProperty("launchready.health.details", "never");
        try (JettyApp app = JettyApp.start(Map.of("launchready.health.details", "loopback-or-token",
                "launchready.health.drain-period", "0s"))) {
            assertThat(Http.get(app.uri("/healthz")).body()).doesNotContain("checks");
        } finally {
            System.clearProperty("launchready.health.details");
        }
    }

    @Test
    void anUnknownKeyIsReportedWithTheClosestKnownKey() throws Exception {
        Logger logger = (Logger) LoggerFactory.getLogger(ServletSettings.class);
        ListAppender<ILoggingEvent> appender = new ListAppender<>();
        appender.start();
        logger.addAppender(appender);
        try (JettyApp app = JettyApp.start(Map.of("launchready.helth.timeout", "3s",
                "launchready.health.drain-period", "0s"))) {
            assertThat(Http.get(app.uri("/livez")).statusCode()).isEqualTo(200);
            assertThat(appender.list).extracting(ILoggingEvent::getFormattedMessage)
                    .contains("unknown setting launchready.helth.timeout (did you mean launchready.health.timeout?)");
        } finally {
            logger.detachAppender(appender);
        }
    }

    @Test
    void disabledLeavesEveryRequestToTheApp() throws Exception {
        try (JettyApp app = JettyApp.start(Map.of("launchready.enabled", "false"))) {
            assertThat(Http.get(app.uri("/healthz")).body()).isEqualTo("app");
        }
    }

    @Test
    void healthOffLeavesTheEndpointsToTheApp() throws Exception {
        try (JettyApp app = JettyApp.start(Map.of("launchready.health.enabled", "false"))) {
            assertThat(Http.get(app.uri("/healthz")).body()).isEqualTo("app");
        }
    }
}
