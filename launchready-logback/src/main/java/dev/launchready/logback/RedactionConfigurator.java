package dev.launchready.logback;

import ch.qos.logback.classic.LoggerContext;
import ch.qos.logback.classic.spi.Configurator;
import ch.qos.logback.classic.spi.ConfiguratorRank;
import ch.qos.logback.core.spi.ContextAwareBase;

/**
 * Found by Logback through {@code META-INF/services} before any other configurator. It configures
 * nothing itself: it registers {@link LogRedaction}, which wraps the appenders once {@code logback.xml}
 * (or Logback's default console setup) has been applied, and lets the usual configurators run.
 */
@ConfiguratorRank(ConfiguratorRank.CUSTOM_TOP_PRIORITY)
public final class RedactionConfigurator extends ContextAwareBase implements Configurator {

    /** Called by Logback's service loader. */
    public RedactionConfigurator() {
    }

    @Override
    public ExecutionStatus configure(LoggerContext context) {
        if (!"false".equalsIgnoreCase(setting("launchready.enabled", "LAUNCHREADY_ENABLED"))) {
            LogRedaction redaction = new LogRedaction();
            redaction.setContext(context);
            redaction.start();
        }
        return ExecutionStatus.INVOKE_NEXT_IF_ANY;
    }

    private static String setting(String property, String variable) {
        String value = System.getProperty(property);
        return value != null ? value : System.getenv(variable);
    }
}
