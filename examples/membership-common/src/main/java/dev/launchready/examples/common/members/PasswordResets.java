package dev.launchready.examples.common.members;

import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Issues single-use reset tokens and "mails" the link by logging it, since the demo has no mail server.
 *
 * <p>The caller answers the same page whether or not the account exists, so the form does not reveal who
 * is a member.
 */
public final class PasswordResets {

    public static final Duration VALIDITY = Duration.ofMinutes(30);
    public static final String CONFIRM_PATH = "/password-reset/confirm";

    private static final Logger log = LoggerFactory.getLogger(PasswordResets.class);

    private record Pending(String email, Instant expiresAt) {
    }

    private final Map<String, Pending> pending = new ConcurrentHashMap<>();
    private final MemberStore store;
    private final Clock clock;

    public PasswordResets(MemberStore store, Clock clock) {
        this.store = store;
        this.clock = clock;
    }

    /**
     * @param baseUrl scheme, host and port the link should point at, e.g. {@code http://localhost:8080}
     */
    public void request(String email, String baseUrl) {
        store.findByEmail(email).ifPresent(member -> {
            String token = Tokens.random("rst_");
            pending.put(token, new Pending(member.email(), clock.instant().plus(VALIDITY)));
            String link = baseUrl + CONFIRM_PATH + "?token=" + URLEncoder.encode(token, StandardCharsets.UTF_8);
            log.info("password reset link for {}: {}", member.email(), link);
        });
    }

    /** What became of a new password sent with a reset token. */
    public enum Outcome { CHANGED, BAD_TOKEN, WEAK_PASSWORD }

    /**
     * Sets the new password if the token is one this class issued, unused and unexpired; a token works once.
     * A weak password leaves the token usable so the person can try again.
     */
    public Outcome complete(String token, String newPassword) {
        if (token == null || !pending.containsKey(token)) {
            return Outcome.BAD_TOKEN;
        }
        if (!Signups.acceptablePassword(newPassword)) {
            return Outcome.WEAK_PASSWORD;
        }
        Pending issued = pending.remove(token);
        if (issued == null || clock.instant().isAfter(issued.expiresAt())) {
            return Outcome.BAD_TOKEN;
        }
        return store.changePassword(issued.email(), newPassword) ? Outcome.CHANGED : Outcome.BAD_TOKEN;
    }
}
