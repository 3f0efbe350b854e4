package dev.launchready.cli;

import java.time.Duration;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** Durations as people type them: 300ms, 2s, 1m. */
final class Durations {

    private static final Pattern DURATION = Pattern.compile("(\\d+)\\s*(ms|s|m)");

    private Durations() {
    }

    static Duration parse(String option, String text) {
        Matcher matcher = DURATION.matcher(text.trim().toLowerCase(java.util.Locale.ROOT));
        if (!matcher.matches()) {
            throw new IllegalArgumentException(option + ": expected a duration such as 300ms, 2s or 1m; got '" + text + "'");
        }
        long amount = Long.parseLong(matcher.group(1));
        Duration duration = switch (matcher.group(2)) {
            case "ms" -> Duration.ofMillis(amount);
            case "s" -> Duration.ofSeconds(amount);
            default -> Duration.ofMinutes(amount);
        };
        if (duration.isZero()) {
            throw new IllegalArgumentException(option + ": must be more than zero");
        }
        return duration;
    }
}
