package dev.launchready.spring;

import dev.launchready.config.InvalidSettingException;
import dev.launchready.config.LaunchReadySettings;
import dev.launchready.logging.LogRedactionInstaller;
import dev.launchready.redact.Redactor;
import org.springframework.boot.context.event.ApplicationEnvironmentPreparedEvent;
import org.springframework.boot.context.event.ApplicationPreparedEvent;
import org.springframework.boot.context.event.ApplicationReadyEvent;
import org.springframework.boot.context.logging.LoggingApplicationListener;
import org.springframework.context.ApplicationEvent;
import org.springframework.context.event.GenericApplicationListener;
import org.springframework.core.ResolvableType;
import org.springframework.core.env.Environment;

/**
 * Puts log redaction (back) in place right after Spring Boot's {@link LoggingApplicationListener}
 * (re)initialises logging, which replaces every appender, and again once the context is prepared
 * and ready, for appenders added on the way. Registered in {@code META-INF/spring.factories}: logging
 * is set up before any bean exists. Idempotent and cheap.
 */
final class LogRedactionListener implements GenericApplicationListener {

    private static final Class<?>[] EVENTS = {ApplicationEnvironmentPreparedEvent.class,
        ApplicationPreparedEvent.class, ApplicationReadyEvent.class};

    @Override
    public boolean supportsEventType(ResolvableType eventType) {
        for (Class<?> type : EVENTS) {
            if (type.isAssignableFrom(eventType.toClass())) {
                return true;
            }
        }
        return false;
    }

    @Override
    public void onApplicationEvent(ApplicationEvent event) {
        Environment environment = null;
        if (event instanceof ApplicationEnvironmentPreparedEvent prepared) {
            environment = prepared.getEnvironment();
        } else if (event instanceof ApplicationPreparedEvent prepared) {
            environment = prepared.getApplicationContext().getEnvironment();
        } else if (event instanceof ApplicationReadyEvent ready) {
            environment = ready.getApplicationContext().getEnvironment();
        }
        Redactor redactor = environment == null ? null : redactor(environment);
        if (redactor != null) {
            LogRedactionInstaller.installAll(redactor, LogRedactionListener.class.getClassLoader());
        }
    }

    /** Null when {@code launchready.enabled=false}. */
    private static Redactor redactor(Environment environment) {
        try {
            LaunchReadySettings settings = SpringSettings.read(environment);
            return settings.enabled() ? Redactor.from(settings) : null;
        } catch (InvalidSettingException e) {
            // Startup fails on it a moment later, naming the setting; until then logs stay redacted.
            return Redactor.defaults();
        }
    }

    @Override
    public int getOrder() {
        return LoggingApplicationListener.DEFAULT_ORDER + 1;
    }
}
