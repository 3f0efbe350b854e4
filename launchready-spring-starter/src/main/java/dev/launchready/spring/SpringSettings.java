package dev.launchready.spring;

import dev.launchready.config.LaunchReadySettings;
import dev.launchready.config.SettingSources;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.core.env.ConfigurableEnvironment;
import org.springframework.core.env.EnumerablePropertySource;
import org.springframework.core.env.Environment;

/**
 * Feeds core's one settings path from Spring's Environment, which already merges application
 * properties, system properties and environment variables (relaxed: LAUNCHREADY_HEALTH_TIMEOUT too).
 */
final class SpringSettings {

    private static final Logger log = LoggerFactory.getLogger(SpringSettings.class);

    private SpringSettings() {
    }

    static LaunchReadySettings read(Environment environment) {
        return LaunchReadySettings.from(environment::getProperty);
    }

    static void warnAboutUnknownKeys(Environment environment) {
        if (!(environment instanceof ConfigurableEnvironment configurable)) {
            return;
        }
        Set<String> names = new LinkedHashSet<>();
        configurable.getPropertySources().forEach(source -> {
            if (source instanceof EnumerablePropertySource<?> enumerable) {
                names.addAll(Arrays.asList(enumerable.getPropertyNames()));
            }
        });
        List<String> candidates = new ArrayList<>(SettingSources.launchReadyNames(names));
        for (String warning : LaunchReadySettings.unknownKeyWarnings(candidates)) {
            log.warn(warning);
        }
    }
}
