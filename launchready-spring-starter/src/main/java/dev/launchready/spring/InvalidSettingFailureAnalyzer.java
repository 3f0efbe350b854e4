package dev.launchready.spring;

import dev.launchready.config.InvalidSettingException;
import dev.launchready.config.SettingSources;
import org.springframework.boot.diagnostics.AbstractFailureAnalyzer;
import org.springframework.boot.diagnostics.FailureAnalysis;

/** Turns a bad LaunchReady setting into Spring Boot's short "APPLICATION FAILED TO START" report. */
class InvalidSettingFailureAnalyzer extends AbstractFailureAnalyzer<InvalidSettingException> {

    @Override
    protected FailureAnalysis analyze(Throwable rootFailure, InvalidSettingException cause) {
        return new FailureAnalysis("LaunchReady setting " + cause.getMessage(),
                "Fix " + cause.key() + " in application.properties, the environment (as "
                        + SettingSources.environmentName(cause.key())
                        + ") or a system property, or remove it to use the default.", cause);
    }
}
