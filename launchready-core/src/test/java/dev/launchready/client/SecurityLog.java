package dev.launchready.client;

import ch.qos.logback.classic.Level;
import ch.qos.logback.classic.Logger;
import ch.qos.logback.classic.spi.ILoggingEvent;
import ch.qos.logback.core.read.ListAppender;
import java.util.List;
import org.slf4j.LoggerFactory;

/** Captures the {@code launchready.security} logger's lines, and keeps them off the console meanwhile. */
final class SecurityLog implements AutoCloseable {

    private final Logger logger = (Logger) LoggerFactory.getLogger("launchready.security");
    private final ListAppender<ILoggingEvent> appender = new ListAppender<>();
    private final boolean additive;

    SecurityLog() {
        additive = logger.isAdditive();
        appender.start();
        logger.addAppender(appender);
        logger.setAdditive(false);
    }

    List<String> warnings() {
        return appender.list.stream().filter(e -> e.getLevel() == Level.WARN).map(ILoggingEvent::getFormattedMessage).toList();
    }

    void clear() {
        appender.list.clear();
    }

    @Override
    public void close() {
        logger.detachAppender(appender);
        logger.setAdditive(additive);
        appender.stop();
    }
}
