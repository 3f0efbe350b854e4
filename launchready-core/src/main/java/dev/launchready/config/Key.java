package dev.launchready.config;

import java.util.function.Function;

/**
 * One setting: its key, its default (as text, the way a user would write it), what it accepts,
 * and how it becomes a typed value. Secret values are never echoed back in error messages.
 */
record Key<T>(String name, String defaultText, String accepted, boolean secret, Function<String, T> parser) {

    T read(Function<String, String> lookup) {
        String raw = lookup.apply(name);
        String text = raw == null ? defaultText : raw.trim();
        try {
            return parser.apply(text);
        } catch (IllegalArgumentException | ArithmeticException e) { // ArithmeticException: "999999999999999d"
            throw new InvalidSettingException(name, secret ? "(secret, not shown)" : text, accepted);
        }
    }

    /** The environment variable that feeds this key: {@code launchready.health.timeout} is {@code LAUNCHREADY_HEALTH_TIMEOUT}. */
    String environmentName() {
        return SettingSources.environmentName(name);
    }
}
