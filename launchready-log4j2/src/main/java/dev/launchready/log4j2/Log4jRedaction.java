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
import org.apache.logging.log4j.core.LoggerContext;
import org.apache.logging.log4j.core.async.AsyncLoggerContext;
import org.apache.logging.log4j.core.config.Configuration;
import org.apache.logging.log4j.core.config.LoggerConfig;
import org.apache.logging.log4j.status.StatusLogger;

/**
 * Which redactor Log4j2 events are created with, and the programmatic way in for apps whose build
 * drops this jar's {@code log4j2.component.properties} (a shaded jar that does not merge it).
 *
 * <p>Not covered: all-asynchronous loggers ({@code log4j2.contextSelector=...AsyncLoggerContextSelector}),
 * whose events skip every event factory; {@link #install} reports them loudly. Asynchronous appenders
 * and {@code <AsyncLogger>} elements are covered.
 */
public final class Log4jRedaction {

    private static volatile Redactor redactor;
    private static volatile boolean off;
    private static final Map<LoggerContext, Boolean> LISTENING = Collections.synchronizedMap(new WeakHashMap<>());

    private Log4jRedaction() {
    }

    /**
     * Redacts with {@code redactor} from now on, and makes sure every logger of the current context
     * creates redacted events. Returns false when the app's events cannot be redacted this way (Log4j2
     * is not the logging backend, or every logger is asynchronous).
     */
    public static boolean install(Redactor redactor) {
        Log4jRedaction.redactor = Objects.requireNonNull(redactor, "redactor");
        off = false;
        if (!(LogManager.getContext(false) instanceof LoggerContext context)) {
            return false;
        }
        if (context instanceof AsyncLoggerContext) {
            StatusLogger.getLogger().error("LaunchReady cannot redact all-asynchronous loggers (AsyncLoggerContextSelector):"
                    + " use <AsyncLogger> elements or an AsyncAppender instead");
            return false;
        }
        coverLoggers(context.getConfiguration());
        if (LISTENING.putIfAbsent(context, Boolean.TRUE) == null) {
            context.addPropertyChangeListener(event -> {
                if (LoggerContext.PROPERTY_CONFIG.equals(event.getPropertyName())
                        && event.getNewValue() instanceof Configuration c) {
                    coverLoggers(c);
                }
            });
        }
        return true;
    }

    /** Whether every logger of the current Log4j2 context creates redacted events. */
    public static boolean isInstalled() {
        if (!(LogManager.getContext(false) instanceof LoggerContext context) || context instanceof AsyncLoggerContext) {
            return false;
        }
        Configuration configuration = context.getConfiguration();
        if (!(configuration.getRootLogger().getLogEventFactory() instanceof RedactingLogEventFactory)) {
            return false;
        }
        for (LoggerConfig logger : configuration.getLoggers().values()) {
            if (!(logger.getLogEventFactory() instanceof RedactingLogEventFactory)) {
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

    private static void coverLoggers(Configuration configuration) {
        cover(configuration.getRootLogger());
        configuration.getLoggers().values().forEach(Log4jRedaction::cover);
    }

    private static void cover(LoggerConfig logger) {
        if (!(logger.getLogEventFactory() instanceof RedactingLogEventFactory)) {
            logger.setLogEventFactory(new RedactingLogEventFactory(logger.getLogEventFactory()));
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
