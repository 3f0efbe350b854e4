package dev.launchready.config;

import java.time.Duration;
import java.util.List;
import java.util.Optional;

/**
 * The form rate limits. Paths are exact ({@code /login}) or prefixes ({@code /account/**}).
 *
 * @param enabled whether forms are limited at all
 * @param maxKeys how many keys the in-memory store tracks at most
 * @param secret the HMAC key for account keys and device cookies; generated per process when empty
 *     (set it, equal on every instance, when the limits are shared on Redis)
 * @param bodyLimitBytes how much of a form body is read to find the account; a larger body is limited by IP only
 * @param identifierFields form or JSON fields that name the account, first present wins
 * @param deviceCookie the name of the signed device cookie given after a successful login
 * @param loginPaths where logins are posted
 * @param loginPerIp every login attempt, per client address
 * @param loginFailuresPerAccountAndIp failed logins per account from one address
 * @param loginFailuresPerAccount failed logins per account from anywhere (skipped for a known device)
 * @param loginFailuresPerDevice failed logins from one known device
 * @param loginBusyAt how many logins being checked at once make this instance busy: while it is, a login from a
 *     suspect address (a failed login in the last 15 minutes) is answered 429 at once, so the password checks
 *     (slow on purpose) go to members rather than to a credential-stuffing run; 0 is never busy
 * @param rejectDelay how long a 429 is held back (without holding a thread) before it is sent, so a script that
 *     retries the instant it is refused gets one answer per delay per connection instead of thousands a second
 * @param resetPaths where password resets are requested
 * @param resetPerIp reset requests per client address
 * @param resetPerAccount reset requests per account, whether or not it exists
 * @param signupPaths where signups are posted
 * @param signupPerIp signups per client address
 * @param invitePaths where invites are posted
 * @param invitePerIp invites per client address
 * @param invitePerTarget invites per invited address
 * @param rules the app's own rules, checked after the built-in forms
 */
public record RateLimitSettings(boolean enabled, int maxKeys, Optional<String> secret, long bodyLimitBytes,
        List<String> identifierFields, String deviceCookie, List<String> loginPaths, Limit loginPerIp,
        Limit loginFailuresPerAccountAndIp, Limit loginFailuresPerAccount, Limit loginFailuresPerDevice, int loginBusyAt, Duration rejectDelay,
        List<String> resetPaths, Limit resetPerIp, Limit resetPerAccount, List<String> signupPaths,
        Limit signupPerIp, List<String> invitePaths, Limit invitePerIp, Limit invitePerTarget,
        List<CustomRule> rules) {

    public RateLimitSettings {
        identifierFields = List.copyOf(identifierFields);
        loginPaths = List.copyOf(loginPaths);
        resetPaths = List.copyOf(resetPaths);
        signupPaths = List.copyOf(signupPaths);
        invitePaths = List.copyOf(invitePaths);
        rules = List.copyOf(rules);
    }

    /** Never prints the secret. */
    @Override
    public String toString() {
        return "RateLimitSettings[enabled=" + enabled + ", maxKeys=" + maxKeys + ", login=" + loginPaths + " "
                + loginPerIp + "]";
    }
}
