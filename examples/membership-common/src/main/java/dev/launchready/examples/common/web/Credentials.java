package dev.launchready.examples.common.web;

import java.nio.charset.StandardCharsets;
import java.util.Optional;

/** An email and password as a login request carries them. */
public record Credentials(String email, String password) {

    /** Reads {@code {"email":…,"password":…}}; empty when the body is not a JSON object. Missing fields are empty. */
    public static Optional<Credentials> fromJson(byte[] body) {
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
