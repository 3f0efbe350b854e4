package dev.launchready.spring;

import dev.launchready.config.InvalidSettingException;
import dev.launchready.config.LaunchReadySettings;
import java.util.function.Predicate;
import org.springframework.boot.autoconfigure.condition.ConditionOutcome;
import org.springframework.boot.autoconfigure.condition.SpringBootCondition;
import org.springframework.context.annotation.ConditionContext;
import org.springframework.core.type.AnnotatedTypeMetadata;

/**
 * Turns a feature's beans on or off from core's own reading of the settings, so Spring never parses
 * a LaunchReady value itself. A bad value matches, and the settings bean then fails with its message.
 */
abstract class FeatureCondition extends SpringBootCondition {

    private final String feature;
    private final Predicate<LaunchReadySettings> on;

    FeatureCondition(String feature, Predicate<LaunchReadySettings> on) {
        this.feature = feature;
        this.on = on;
    }

    @Override
    public ConditionOutcome getMatchOutcome(ConditionContext context, AnnotatedTypeMetadata metadata) {
        try {
            return on.test(SpringSettings.read(context.getEnvironment()))
                    ? ConditionOutcome.match("LaunchReady " + feature + " is on")
                    : ConditionOutcome.noMatch("LaunchReady " + feature + " is off");
        } catch (InvalidSettingException e) {
            return ConditionOutcome.match("LaunchReady settings are invalid; the settings bean reports it");
        }
    }

    /** {@code launchready.enabled} and {@code launchready.health.enabled}. */
    static final class Health extends FeatureCondition {
        Health() {
            super("health", s -> s.enabled() && s.health().enabled());
        }
    }

    /** {@code launchready.enabled} and {@code launchready.ratelimit.enabled}. */
    static final class RateLimit extends FeatureCondition {
        RateLimit() {
            super("rate limits", s -> s.enabled() && s.rateLimit().enabled());
        }
    }

    /** {@code launchready.enabled} and {@code launchready.metrics.enabled}. */
    static final class Metrics extends FeatureCondition {
        Metrics() {
            super("metrics", s -> s.enabled() && s.metrics().enabled());
        }
    }

    /** {@code launchready.enabled} and {@code launchready.cache.enabled}. */
    static final class Cache extends FeatureCondition {
        Cache() {
            super("cache headers", s -> s.enabled() && s.edge().cache().enabled());
        }
    }

    /** {@code launchready.enabled}. */
    static final class Enabled extends FeatureCondition {
        Enabled() {
            super("", LaunchReadySettings::enabled);
        }
    }
}
