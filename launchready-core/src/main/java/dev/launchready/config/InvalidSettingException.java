package dev.launchready.config;

/**
 * A setting has a value LaunchReady cannot accept. Thrown at startup so the app never runs with a
 * protection silently off; the message names the key, the value and what is accepted.
 */
public final class InvalidSettingException extends IllegalArgumentException {

    private final String key;

    InvalidSettingException(String key, String value, String accepted) {
        super(key + "=" + quote(value) + " is not valid: expected " + accepted);
        this.key = key;
    }

    /** A setting that cannot work as given, for a reason other than its format. */
    public InvalidSettingException(String key, String message) {
        super(key + ": " + message);
        this.key = key;
    }

    /** The key of the offending setting, such as {@code launchready.health.timeout}. */
    public String key() {
        return key;
    }

    private static String quote(String value) {
        return "\"" + value + "\"";
    }
}
