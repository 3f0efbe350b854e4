package dev.launchready.logback;

import ch.qos.logback.classic.Level;
import ch.qos.logback.classic.Logger;
import ch.qos.logback.classic.LoggerContext;
import ch.qos.logback.classic.spi.ILoggingEvent;
import ch.qos.logback.classic.spi.LoggerContextListener;
import ch.qos.logback.core.Appender;
import ch.qos.logback.core.spi.ConfigurationEvent;
import ch.qos.logback.core.spi.ConfigurationEventListener;
import ch.qos.logback.core.spi.ContextAwareBase;
import ch.qos.logback.core.spi.LifeCycle;
import dev.launchready.config.LaunchReadySettings;
import dev.launchready.config.SettingSources;
import dev.launchready.redact.Redactor;
import java.util.ArrayList;
import java.util.Collections;
import java.util.IdentityHashMap;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.WeakHashMap;
import org.slf4j.LoggerFactory;

/**
 * Puts every appender of a Logback context behind redaction, and keeps it there: after every
 * (re)configuration, {@code logback.xml} rescans and Spring Boot's re-initialisation included.
 *
 * <p>Installed with no code by {@link RedactionConfigurator} when this jar is on the class path; or by
 * one line in {@code logback.xml}: {@code <contextListener class="dev.launchready.logback.LogRedaction"/>};
 * or by {@link #install(LoggerContext, Redactor)} (the servlet module and the Spring starter call it
 * with the app's settings). Appenders added by code after a configuration are covered from the next
 * call of {@link #install} or the next configuration.
 */
public final class LogRedaction extends ContextAwareBase implements LoggerContextListener, LifeCycle,
        ConfigurationEventListener {

    /**
     * One per context, kept here rather than found among the context's listeners: {@code LoggerContext.stop()}
     * (Spring Boot calls it on every re-initialisation) drops every listener, reset-resistant or not.
     */
    private static final Map<LoggerContext, LogRedaction> BY_CONTEXT = Collections.synchronizedMap(new WeakHashMap<>());

    private volatile Redactor redactor;
    private volatile boolean started;
    private boolean listeningToConfiguration;

    /** For {@code <contextListener>}: redacts with the settings in system properties and the environment. */
    public LogRedaction() {
    }

    /**
     * Redacts every event of Logback's default context (the one SLF4J uses) with {@code redactor}.
     * Returns false when SLF4J is not bound to Logback.
     */
    public static boolean install(Redactor redactor) {
        if (LoggerFactory.getILoggerFactory() instanceof LoggerContext context) {
            install(context, redactor);
            return true;
        }
        return false;
    }

    /**
     * Redacts every event of {@code context} with {@code redactor} from now on, replacing the redactor
     * an earlier install used. Safe to call any number of times.
     */
    public static void install(LoggerContext context, Redactor redactor) {
        Objects.requireNonNull(redactor, "redactor");
        LogRedaction redaction = canonical(context);
        redaction.redactor = redactor;
        redaction.attach(context);
    }

    /** Whether every appender now attached to {@code context}'s loggers is behind redaction. */
    public static boolean isInstalled(LoggerContext context) {
        if (!BY_CONTEXT.containsKey(context)) {
            return false;
        }
        for (Logger logger : context.getLoggerList()) {
            for (Iterator<Appender<ILoggingEvent>> it = logger.iteratorForAppenders(); it.hasNext();) {
                if (!(it.next() instanceof RedactingAppender)) {
                    return false;
                }
            }
        }
        return true;
    }

    private static LogRedaction canonical(LoggerContext context) {
        return BY_CONTEXT.computeIfAbsent(context, c -> {
            LogRedaction created = new LogRedaction();
            created.setContext(c);
            return created;
        });
    }

    Redactor redactor() {
        Redactor current = redactor;
        if (current == null) {
            current = fromEnvironment();
            redactor = current;
        }
        return current;
    }

    /** Registers as listener (again, after a {@code stop()}) and wraps what is attached now. */
    private synchronized void attach(LoggerContext context) {
        started = true;
        if (!context.getCopyOfListenerList().contains(this)) {
            context.addListener(this);
        }
        if (!listeningToConfiguration) {
            context.addConfigurationEventListener(this);
            listeningToConfiguration = true;
        }
        wrapAppenders(context);
    }

    @Override
    public void start() {
        // Logback built this instance for a <contextListener> line (or the Configurator did): the context's one does the work.
        started = true;
        canonical((LoggerContext) getContext()).attach((LoggerContext) getContext());
    }

    @Override
    public void stop() {
        started = false;
    }

    @Override
    public boolean isStarted() {
        return started;
    }

    @Override
    public void listen(ConfigurationEvent event) {
        ConfigurationEvent.EventType type = event.getEventType();
        if (type == ConfigurationEvent.EventType.CONFIGURATION_ENDED_SUCCESSFULLY
                || type == ConfigurationEvent.EventType.PARTIAL_CONFIGURATION_ENDED_SUCCESSFULLY
                || type == ConfigurationEvent.EventType.CONFIGURATION_ENDED_WITH_XML_PARSING_ERRORS) {
            LoggerContext context = (LoggerContext) getContext();
            canonical(context).attach(context);
        }
    }

    @Override
    public boolean isResetResistant() {
        return true;
    }

    @Override
    public void onStart(LoggerContext context) {
        canonical(context).attach(context);
    }

    @Override
    public void onReset(LoggerContext context) {
        // A reset detaches every appender; the configuration that follows ends with an event we act on.
    }

    @Override
    public void onStop(LoggerContext context) {
    }

    @Override
    public void onLevelChange(Logger logger, Level level) {
    }

    /** Replaces each appender attached to a logger by a redacting stand-in, keeping the order; idempotent. */
    synchronized void wrapAppenders(LoggerContext context) {
        Map<Appender<ILoggingEvent>, RedactingAppender> standIns = new IdentityHashMap<>();
        for (Logger logger : context.getLoggerList()) {
            List<Appender<ILoggingEvent>> attached = new ArrayList<>();
            boolean bare = false;
            for (Iterator<Appender<ILoggingEvent>> it = logger.iteratorForAppenders(); it.hasNext();) {
                Appender<ILoggingEvent> appender = it.next();
                attached.add(appender);
                bare |= !(appender instanceof RedactingAppender);
            }
            if (!bare) {
                continue;
            }
            // Detach before attaching the stand-in: an event in between may miss this logger's appender,
            // but never reaches it unredacted (or twice).
            for (Appender<ILoggingEvent> appender : attached) {
                if (appender instanceof RedactingAppender) {
                    continue;
                }
                logger.detachAppender(appender);
                logger.addAppender(standIns.computeIfAbsent(appender, a -> new RedactingAppender(a, this)));
            }
        }
    }

    private Redactor fromEnvironment() {
        try {
            LaunchReadySettings settings = LaunchReadySettings.from(SettingSources.firstOf(List.of(
                    SettingSources.properties(System.getProperties()), SettingSources.environment(System.getenv()))));
            return Redactor.from(settings);
        } catch (RuntimeException e) {
            // Fail closed on the rules: a bad setting must not turn redaction off. The app's own startup names it.
            addError("LaunchReady: redacting logs with the default rules: " + e.getMessage());
            return Redactor.defaults();
        }
    }
}
