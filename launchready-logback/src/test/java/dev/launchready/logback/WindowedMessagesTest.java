package dev.launchready.logback;

import static org.assertj.core.api.Assertions.assertThat;

import ch.qos.logback.classic.Level;
import ch.qos.logback.classic.Logger;
import ch.qos.logback.classic.LoggerContext;
import ch.qos.logback.classic.spi.ILoggingEvent;
import ch.qos.logback.core.read.ListAppender;
import dev.launchready.logging.fixtures.Secrets;
import dev.launchready.logging.fixtures.WindowCases;
import dev.launchready.redact.Redactor;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.slf4j.helpers.MessageFormatter;

/**
 * Through a real Logback logger and the redacting appender: a message read in windows around its
 * arguments comes out exactly as the whole-line read of the same message, and the cases that must
 * read the whole line (escaped placeholders, arrays, PEM and multi-line templates, a detector that
 * reads past a window) do.
 */
class WindowedMessagesTest {

    private static final Redactor REDACTOR = Redactor.defaults();

    private LoggerContext context;
    private Logger logger;
    private ListAppender<ILoggingEvent> events;

    @BeforeEach
    void realLogbackWithRedaction() {
        context = new LoggerContext();
        context.setMDCAdapter(new ch.qos.logback.classic.util.LogbackMDCAdapter());
        logger = context.getLogger("app.Windowed");
        logger.setLevel(Level.INFO);
        logger.setAdditive(false);
        events = new ListAppender<>();
        events.setContext(context);
        events.start();
        logger.addAppender(events);
        LogRedaction.install(context, REDACTOR);
    }

    @AfterEach
    void stop() {
        context.stop();
    }

    @Test
    void everyCaseComesOutAsTheWholeLineReadDoes() {
        List<String> differ = new ArrayList<>();
        for (WindowCases.Case c : WindowCases.all()) {
            String written = log(c.template(), c.args());
            String whole = REDACTOR.redact(MessageFormatter.arrayFormat(c.template(), c.args()).getMessage());
            if (!written.equals(whole)) {
                differ.add(c.template() + " -> " + written + " / whole: " + whole);
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
        assertThat(log(template, Secrets.EMAIL)).isEqualTo(template.replace("{}", "[EMAIL]"));
    }

    @Test
    void theWholeLineIsReadWhereWindowsCannotBeTrusted() {
        assertThat(log("literal \\{} and {}", Secrets.STRIPE)).isEqualTo("literal {} and [REDACTED:stripe-secret-key]");
        assertThat(log("keys {} end", (Object) new String[] {Secrets.STRIPE, "x"}))
                .isEqualTo("keys [[REDACTED:stripe-secret-key], x] end");
        String pem = WindowCases.pemBody();
        assertThat(log("-----BEGIN RSA PRIVATE KEY-----\n{}\n-----END RSA PRIVATE KEY----- loaded", pem))
                .isEqualTo("[REDACTED:private-key] loaded");
        String far = " " + WindowCases.FILLER + " " + WindowCases.FILLER + " -pS3cretPassw0rd";
        assertThat(log("ran {}" + far, "mysql -u root")).endsWith("-p[REDACTED:password]");
        assertThat(log("ran mysql {}" + far, "-u root")).endsWith("-p[REDACTED:password]");
    }

    private String log(String template, Object... args) {
        events.list.clear();
        logger.info(template, args);
        return events.list.get(0).getFormattedMessage();
    }
}
