package dev.launchready.logback;

import static org.assertj.core.api.Assertions.assertThat;

import ch.qos.logback.classic.Logger;
import ch.qos.logback.classic.LoggerContext;
import ch.qos.logback.classic.joran.JoranConfigurator;
import ch.qos.logback.classic.spi.ILoggingEvent;
import ch.qos.logback.core.read.ListAppender;
import dev.launchready.logging.fixtures.Secrets;
import org.junit.jupiter.api.Test;

/** A context of its own, configured only by {@code one-line.xml}: the {@code <contextListener>} line alone installs redaction. */
class OneLineConfigTest {

    @Test
    void theContextListenerLineInstallsRedaction() throws Exception {
        LoggerContext context = new LoggerContext();
        context.setMDCAdapter(new ch.qos.logback.classic.util.LogbackMDCAdapter());
        try {
            JoranConfigurator configurator = new JoranConfigurator();
            configurator.setContext(context);
            configurator.doConfigure(getClass().getResource("/one-line.xml"));
            assertThat(LogRedaction.isInstalled(context)).isTrue();

            context.getLogger("app").info("key {}", Secrets.STRIPE);
            Logger root = context.getLogger(Logger.ROOT_LOGGER_NAME);
            @SuppressWarnings("unchecked")
            ListAppender<ILoggingEvent> list = (ListAppender<ILoggingEvent>) ((RedactingAppender) root.getAppender("LIST")).delegate();
            assertThat(list.list).singleElement().extracting(ILoggingEvent::getFormattedMessage)
                    .isEqualTo("key [REDACTED:stripe-secret-key]");
        } finally {
            context.stop();
        }
    }

    @Test
    void appendersAddedByCodeAreCoveredByTheNextInstall() {
        LoggerContext context = new LoggerContext();
        context.setMDCAdapter(new ch.qos.logback.classic.util.LogbackMDCAdapter());
        try {
            LogRedaction.install(context, dev.launchready.redact.Redactor.defaults());
            ListAppender<ILoggingEvent> list = new ListAppender<>();
            list.setContext(context);
            list.start();
            context.getLogger(Logger.ROOT_LOGGER_NAME).addAppender(list);
            assertThat(LogRedaction.isInstalled(context)).isFalse();
            LogRedaction.install(context, dev.launchready.redact.Redactor.defaults());
            assertThat(LogRedaction.isInstalled(context)).isTrue();
            context.getLogger("app").info("mail {}", Secrets.EMAIL);
            assertThat(list.list).singleElement().extracting(ILoggingEvent::getFormattedMessage).isEqualTo("mail [EMAIL]");
        } finally {
            context.stop();
        }
    }
}
