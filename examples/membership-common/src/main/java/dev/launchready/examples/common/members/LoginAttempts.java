package dev.launchready.examples.common.members;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/** The audit line both apps write for every login attempt. */
public final class LoginAttempts {

    private static final Logger log = LoggerFactory.getLogger(LoginAttempts.class);

    private LoginAttempts() {
    }

    /** Logs the submitted email as typed: the hurried founder's habit that LaunchReady's redaction is for. */
    public static void record(String email, boolean ok) {
        log.info("login attempt email={} ok={}", email, ok);
    }
}
