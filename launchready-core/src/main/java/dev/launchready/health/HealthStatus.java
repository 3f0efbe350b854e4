package dev.launchready.health;

import java.util.Locale;

/** The three states of draft-inadarei-api-health-check: pass, warn (degraded but serving) and fail. */
public enum HealthStatus {
    PASS, WARN, FAIL;

    /** The lower-case word used on the wire: {@code pass}, {@code warn} or {@code fail}. */
    public String word() {
        return name().toLowerCase(Locale.ROOT);
    }

    HealthStatus worst(HealthStatus other) {
        return other.ordinal() > ordinal() ? other : this;
    }
}
