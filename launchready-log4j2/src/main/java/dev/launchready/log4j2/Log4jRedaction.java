package dev.launchready.log4j2;

import dev.launchready.config.LaunchReadySettings;
import dev.launchready.config.SettingSources;
import dev.launchready.redact.Redactor;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.WeakHashMap;
import java.util.Objects;
import org.apache.logging.log4j.LogManager;
import org.apache.logging.log4j.core.Appender;
import org.apache.logging.log4j.core.Filter;
import org.apache.logging.log4j.core.LoggerContext;
import org.apache.logging.log4j.core.async.AsyncLoggerContext;
import org.apache.logging.log4j.core.config.AppenderRef;
import org.apache.logging.log4j.core.config.Configuration;
import org.apache.logging.log4j.core.config.LoggerConfig;
import org.apache.logging.log4j.status.StatusLogger;

/**
 * Which redactor Log4j2 events are created with, and the programmatic way in for apps whose build
 * drops this jar's {@code log4j2.component.properties} (a shaded jar that does not merge it).
 *
 * <p>All-asynchronous loggers ({@code log4j2.contextSelector=...AsyncLoggerContextSelector}) fill
 * ring-buffer events without any event factory, so there {@link #install} wraps every logger's
 * appenders instead ({@link RedactingAppender}): the event is redacted on the thread that drains the
 * ring buffer, before any layout sees it. That way in needs the install call (the starter and the servlet
 * module make it); the properties file alone cannot reach it.
 */
public final class Log4jRedaction {

    private static volatile Redactor redactor;
    private static volatile boolean off;
    private static final Map<LoggerContext, Boolean> LISTENING = Collections.synchronizedMap(new WeakHashMap<>());

    private Log4jRedaction() {
    }

    /**
     * Redacts with {@code redactor} from now on, and makes sure every logger of the current context
     * creates redacted events (or, with all-asynchronous loggers, hands only redacted events to its
     * appenders). Returns false when Log4j2 is not the logging backend.
     */
    public static boolean install(Redactor redactor) {
        Log4jRedaction.redactor = Objects.requireNonNull(redactor, "redactor");
        off = false;
        if (!(LogManager.getContext(false) instanceof LoggerContext context)) {
            return false;
        }
        coverLoggers(context.getConfiguration(), context);
        if (LISTENING.putIfAbsent(context, Boolean.TRUE) == null) {
            context.addPropertyChangeListener(event -> {
                if (LoggerContext.PROPERTY_CONFIG.equals(event.getPropertyName())
                        && event.getNewValue() instanceof Configuration c) {
                    coverLoggers(c, context);
                }
            });
        }
        return true;
    }

    /** Whether every logger of the current Log4j2 context creates redacted events. */
    public static boolean isInstalled() {
        if (!(LogManager.getContext(false) instanceof LoggerContext context)) {
            return false;
        }
        Configuration configuration = context.getConfiguration();
        boolean async = context instanceof AsyncLoggerContext;
        if (!covered(configuration.getRootLogger(), async)) {
            return false;
        }
        for (LoggerConfig logger : configuration.getLoggers().values()) {
            if (!covered(logger, async)) {
                return false;
            }
        }
        return true;
    }

    private static boolean covered(LoggerConfig logger, boolean allAsynchronous) {
        if (!(logger.getLogEventFactory() instanceof RedactingLogEventFactory)) {
            return false;
        }
        if (!allAsynchronous) {
            return true;
        }
        for (Appender appender : logger.getAppenders().values()) {
            if (!(appender instanceof RedactingAppender)) {
                return false;
            }
        }
        return true;
    }

    static Redactor redactor() {
        Redactor current = redactor;
        if (current == null && !off) {
            current = fromEnvironment();
            redactor = current;
        }
        return current;
    }

    private static void coverLoggers(Configuration configuration, LoggerContext context) {
        boolean async = context instanceof AsyncLoggerContext;
        cover(configuration.getRootLogger(), async);
        configuration.getLoggers().values().forEach(logger -> cover(logger, async));
    }

    private static void cover(LoggerConfig logger, boolean allAsynchronous) {
        if (!(logger.getLogEventFactory() instanceof RedactingLogEventFactory)) {
            logger.setLogEventFactory(new RedactingLogEventFactory(logger.getLogEventFactory()));
        }
        if (allAsynchronous) {
            wrapAppenders(logger);
        }
    }

    /**
     * Puts a {@link RedactingAppender} in front of each appender, with the level and filter of its
     * reference. Log4j2 keys a logger's appenders by name and stops a reference's filter when the
     * appender is removed, so the wrapper takes the same name and the filter is started again.
     */
    private static void wrapAppenders(LoggerConfig logger) {
        for (Map.Entry<String, Appender> entry : logger.getAppenders().entrySet()) {
            Appender appender = entry.getValue();
            if (appender instanceof RedactingAppender) {
                continue;
            }
            AppenderRef ref = logger.getAppenderRefs().stream().filter(r -> r.getRef().equals(entry.getKey()))
                    .findFirst().orElse(null);
            Filter filter = ref == null ? null : ref.getFilter();
            logger.removeAppender(entry.getKey());
            if (filter != null && !filter.isStarted()) {
                filter.start();
            }
            logger.addAppender(new RedactingAppender(appender), ref == null ? null : ref.getLevel(), filter);
        }
    }

    /** Null when {@code launchready.enabled=false}: events are then created as Log4j2 would. */
    private static Redactor fromEnvironment() {
        try {
            LaunchReadySettings settings = LaunchReadySettings.from(SettingSources.firstOf(List.of(
                    SettingSources.properties(System.getProperties()), SettingSources.environment(System.getenv()))));
            if (!settings.enabled()) {
                off = true;
                return null;
            }
            return Redactor.from(settings);
        } catch (RuntimeException e) {
            // A bad setting must not turn redaction off; the app's own startup names the setting.
            StatusLogger.getLogger().error("LaunchReady: redacting logs with the default rules: {}", e.getMessage());
            return Redactor.defaults();
        }
    }
}
