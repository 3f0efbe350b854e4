package dev.launchready.config;

import java.time.Duration;
import java.util.Objects;

/**
 * A rate: at most {@code count} events per {@code window}, written {@code 30/5m}. Evenly spread
 * (GCRA): a full burst of {@code count} is allowed, then one more every {@code window / count}.
 *
 * @param count how many per window, at least 1
 * @param window the window, at least 1 second
 */
public record Limit(int count, Duration window) {

    public Limit {
        Objects.requireNonNull(window, "window");
        if (count < 1 || window.compareTo(Duration.ofSeconds(1)) < 0) {
            throw new IllegalArgumentException("a limit needs at least 1 per at least 1s: " + count + "/" + window);
        }
    }

    /** Parses {@code 30/5m}. */
    public static Limit parse(String text) {
        int slash = text.indexOf('/');
        if (slash <= 0) {
            throw new IllegalArgumentException(text);
        }
        return new Limit(Integer.parseInt(text.substring(0, slash).trim()), Parsers.duration(text.substring(slash + 1).trim()));
    }

    /** The time between two events at the steady rate. */
    public Duration interval() {
        return window.dividedBy(count);
    }

    /** As written in settings: {@code 30/5m}. */
    @Override
    public String toString() {
        long seconds = window.toSeconds();
        String w = seconds % 86_400 == 0 ? seconds / 86_400 + "d" : seconds % 3600 == 0 ? seconds / 3600 + "h"
                : seconds % 60 == 0 ? seconds / 60 + "m" : seconds + "s";
        return count + "/" + w;
    }
}
