package dev.launchready.config;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Properties;
import java.util.function.Function;

/**
 * Lookups that feed {@link LaunchReadySettings#from}: the environment (under the upper-case name
 * {@code LAUNCHREADY_HEALTH_TIMEOUT}), system properties, and a first-answer-wins chain of them.
 */
public final class SettingSources {

    private static final String PREFIX = "launchready.";
    private static final String ENV_PREFIX = "LAUNCHREADY_";

    private SettingSources() {
    }

    /** Reads {@code launchready.health.timeout} from the variable {@code LAUNCHREADY_HEALTH_TIMEOUT}. */
    public static Function<String, String> environment(Map<String, String> env) {
        Map<String, String> copy = Map.copyOf(env);
        return key -> copy.get(environmentName(key));
    }

    /** Reads keys as they are from the given properties (for example {@link System#getProperties()}). */
    public static Function<String, String> properties(Properties properties) {
        return properties::getProperty;
    }

    /** The first lookup that has a non-blank value wins. */
    public static Function<String, String> firstOf(List<Function<String, String>> lookups) {
        List<Function<String, String>> list = List.copyOf(lookups);
        return key -> {
            for (Function<String, String> lookup : list) {
                String value = lookup.apply(key);
                if (value != null && !value.isBlank()) {
                    return value;
                }
            }
            return null;
        };
    }

    /**
     * The names among {@code candidates} that look like LaunchReady settings, for
     * {@link LaunchReadySettings#unknownKeyWarnings}: dotted keys starting with {@code launchready.}
     * and environment variables starting with {@code LAUNCHREADY_}.
     */
    public static List<String> launchReadyNames(Iterable<String> candidates) {
        List<String> names = new ArrayList<>();
        for (String name : candidates) {
            if (name.startsWith(PREFIX) || name.startsWith(ENV_PREFIX)) {
                names.add(name);
            }
        }
        return names;
    }

    /** The environment variable for a key: {@code launchready.health.timeout} is {@code LAUNCHREADY_HEALTH_TIMEOUT}. */
    public static String environmentName(String key) {
        return key.toUpperCase(Locale.ROOT).replace('.', '_').replace('-', '_');
    }
}
