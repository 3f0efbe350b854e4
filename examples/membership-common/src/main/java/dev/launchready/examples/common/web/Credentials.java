package dev.launchready.examples.common.web;

import java.nio.charset.StandardCharsets;
import java.util.Optional;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/** An email and password as a login request carries them. */
public record Credentials(String email, String password) {

    private static final Logger log = LoggerFactory.getLogger(Credentials.class);

    /** Reads {@code {"email":…,"password":…}}; empty when the body is not a JSON object. Missing fields are empty. */
    public static Optional<Credentials> fromJson(byte[] body) {
        // Careless on purpose: the whole login body, password included. LaunchReady's log redaction is for this.
        log.info("login request body {}", new String(body, StandardCharsets.UTF_8));
        return JsonFields.topLevelStrings(body)
                .map(fields -> new Credentials(fields.getOrDefault("email", ""), fields.getOrDefault("password", "")));
    }

    public static Optional<Credentials> fromJson(String body) {
        return fromJson(body.getBytes(StandardCharsets.UTF_8));
    }

    /** Leaves the password out of logs and exceptions. */
    @Override
    public String toString() {
        return "Credentials[email=" + email + "]";
    }
}
