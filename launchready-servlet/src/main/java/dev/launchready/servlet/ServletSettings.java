package dev.launchready.servlet;

import dev.launchready.config.LaunchReadySettings;
import dev.launchready.config.SettingSources;
import jakarta.servlet.ServletContext;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import java.util.function.Function;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Feeds core's one settings path from a servlet app's three places: system properties win over
 * environment variables, which win over the context's init-params (the app's packaged defaults).
 */
final class ServletSettings {

    private static final Logger log = LoggerFactory.getLogger(ServletSettings.class);

    private ServletSettings() {
    }

    static LaunchReadySettings read(ServletContext context, Properties system, Map<String, String> env) {
        Function<String, String> lookup = SettingSources.firstOf(List.of(SettingSources.properties(system),
                SettingSources.environment(env), context::getInitParameter));
        List<String> names = new ArrayList<>(Collections.list(context.getInitParameterNames()));
        names.addAll(system.stringPropertyNames());
        names.addAll(env.keySet());
        for (String warning : LaunchReadySettings.unknownKeyWarnings(SettingSources.launchReadyNames(names))) {
            log.warn(warning);
        }
        return LaunchReadySettings.from(lookup);
    }
}
