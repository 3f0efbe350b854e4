package dev.launchready.ratelimit;

import java.util.List;
import java.util.Optional;

/**
 * One request to a limited form: whether it may go on to the app, and what the limiter needs to
 * count its outcome afterwards. Made by {@link FormLimits#begin}; immutable.
 */
public final class Attempt {

    private final FormRule rule;
    private final String clientKey;
    private final String clientText;
    private final List<String> accountKeys;
    private final String device;
    private final Rejection rejection;
    private final boolean inFlight;

    Attempt(FormRule rule, String clientKey, String clientText, List<String> accountKeys, String device,
            Rejection rejection) {
        this(rule, clientKey, clientText, accountKeys, device, rejection, false);
    }

    Attempt(FormRule rule, String clientKey, String clientText, List<String> accountKeys, String device,
            Rejection rejection, boolean inFlight) {
        this.rule = rule;
        this.clientKey = clientKey;
        this.clientText = clientText;
        this.accountKeys = List.copyOf(accountKeys);
        this.device = device;
        this.rejection = rejection;
        this.inFlight = inFlight;
    }

    /** The form this attempt was at. */
    public FormRule rule() {
        return rule;
    }

    /** Whether the request may reach the app. */
    public boolean allowed() {
        return rejection == null;
    }

    /** The 429 to send when not allowed. */
    public Optional<Rejection> rejection() {
        return Optional.ofNullable(rejection);
    }

    String clientKey() {
        return clientKey;
    }

    String clientText() {
        return clientText;
    }

    List<String> accountKeys() {
        return accountKeys;
    }

    /** Whether this login counts among the logins in flight until it is finished. */
    boolean inFlight() {
        return inFlight;
    }

    Optional<String> device() {
        return Optional.ofNullable(device);
    }
}
