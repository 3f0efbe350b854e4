package dev.launchready.log4j2;

import static org.assertj.core.api.Assertions.assertThat;

import dev.launchready.logging.fixtures.Secrets;
import dev.launchready.logging.fixtures.WindowCases;
import dev.launchready.redact.Redactor;
import java.util.ArrayList;
import java.util.List;
import org.apache.logging.log4j.Level;
import org.apache.logging.log4j.LogManager;
import org.apache.logging.log4j.Logger;
import org.apache.logging.log4j.core.LogEvent;
import org.apache.logging.log4j.core.LoggerContext;
import org.apache.logging.log4j.core.appender.AbstractAppender;
import org.apache.logging.log4j.core.config.Configuration;
import org.apache.logging.log4j.core.config.LoggerConfig;
import org.apache.logging.log4j.core.config.Property;
import org.apache.logging.log4j.message.ParameterizedMessage;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * Through a real Log4j2 logger and the redacting event factory ({@code {}} messages, reusable and
 * not): a message read in windows around its arguments comes out exactly as the whole-line read of
 * the same message, and the cases that must read the whole line do.
 */
class WindowedMessagesTest {

    private static final Redactor REDACTOR = Redactor.defaults();
    private static final String NAME = "app.Windowed";
    private static final Capture CAPTURE = new Capture();
    private static Logger logger;

    @BeforeAll
    static void aLoggerOfItsOwn() {
        LoggerContext context = (LoggerContext) LogManager.getContext(false);
        Configuration configuration = context.getConfiguration();
        CAPTURE.start();
        LoggerConfig config = new LoggerConfig(NAME, Level.INFO, false);
        config.addAppender(CAPTURE, Level.INFO, null);
        config.setLogEventFactory(new RedactingLogEventFactory(config.getLogEventFactory()));
        configuration.addLogger(NAME, config);
        context.updateLoggers();
        logger = LogManager.getLogger(NAME);
    }

    @AfterAll
    static void removeIt() {
        LoggerContext context = (LoggerContext) LogManager.getContext(false);
        context.getConfiguration().removeLogger(NAME);
        context.updateLoggers();
        CAPTURE.stop();
    }

    @Test
    void everyCaseComesOutAsTheWholeLineReadDoes() {
        List<String> differ = new ArrayList<>();
        for (WindowCases.Case c : WindowCases.all()) {
            String whole = REDACTOR.redact(new ParameterizedMessage(c.template(), c.args()).getFormattedMessage());
            String reusable = log(c.template(), c.args());
            String plain = logMessage(new ParameterizedMessage(c.template(), c.args()));
            if (!reusable.equals(whole) || !plain.equals(whole)) {
                differ.add(c.template() + " -> " + reusable + " | " + plain + " / whole: " + whole);
            }
        }
        assertThat(differ).isEmpty();
    }

    @Test
    void aCleanTemplateStaysCleanAndAnArgumentsSecretIsCaught() {
        String template = WindowCases.BENCHMARK;
        assertThat(log(template, "4711")).isEqualTo(template.replace("{}", "4711"));
        assertThat(log(template, Secrets.STRIPE)).isEqualTo(template.replace("{}", "[REDACTED:stripe-secret-key]"));
        assertThat(log(template, "4712")).isEqualTo(template.replace("{}", "4712"));
    }

    @Test
    void theWholeLineIsReadWhereWindowsCannotBeTrusted() {
        assertThat(log("literal \\{} and {}", Secrets.STRIPE)).endsWith(" and [REDACTED:stripe-secret-key]");
        assertThat(log("keys {} end", (Object) new String[] {Secrets.STRIPE, "x"}))
                .isEqualTo("keys [[REDACTED:stripe-secret-key], x] end");
        assertThat(log("failed for {}", Secrets.STRIPE, new IllegalStateException("boom")))
                .as("a trailing throwable: more arguments than placeholders").isEqualTo("failed for [REDACTED:stripe-secret-key]");
        assertThat(log("-----BEGIN RSA PRIVATE KEY-----\n{}\n-----END RSA PRIVATE KEY----- loaded", WindowCases.pemBody()))
                .isEqualTo("[REDACTED:private-key] loaded");
        String far = " " + WindowCases.FILLER + " " + WindowCases.FILLER + " -pS3cretPassw0rd";
        assertThat(log("ran {}" + far, "mysql -u root")).endsWith("-p[REDACTED:password]");
    }

    private static String log(String template, Object... args) {
        CAPTURE.messages.clear();
        logger.info(template, args);
        return CAPTURE.messages.get(0);
    }

    private static String logMessage(ParameterizedMessage message) {
        CAPTURE.messages.clear();
        logger.info(message);
        return CAPTURE.messages.get(0);
    }

    private static final class Capture extends AbstractAppender {
        final List<String> messages = new ArrayList<>();

        Capture() {
            super("windowed", null, null, true, Property.EMPTY_ARRAY);
        }

        @Override
        public void append(LogEvent event) {
            messages.add(event.getMessage().getFormattedMessage());
        }
    }
}
