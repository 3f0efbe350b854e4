package dev.launchready.ratelimit;

import dev.launchready.config.CustomRule;
import dev.launchready.config.Limit;
import dev.launchready.config.RateLimitSettings;
import dev.launchready.ratelimit.account.AccountKeys;
import dev.launchready.ratelimit.store.Decision;
import dev.launchready.ratelimit.store.RateLimitStore;
import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.MeterRegistry;
import java.nio.charset.StandardCharsets;
import java.security.SecureRandom;
import java.time.Clock;
import java.util.Base64;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The form limits of the design note: which request is which form, which limits it meets before the
 * app sees it ({@link #begin}), and what its outcome counts afterwards ({@link #finish}). Keys are the
 * client's address (grouped, such as an IPv6 /64) and an HMAC of the normalised account identifier;
 * raw emails never reach the store, the metrics or the logs. Thread-safe.
 */
public final class FormLimits {

    private static final Logger security = LoggerFactory.getLogger("launchready.security");

    private final RateLimitSettings settings;
    private final RateLimitStore store;
    private final AccountKeys accounts;
    private final DeviceCookies devices;
    private final List<FormRule> rules;
    private final PathPatterns loginPaths;
    private final BusyLogins busy;
    private final ThrottleLog throttleLog = ThrottleLog.systemClock();
    private final Map<String, Counter> allowed = new HashMap<>();
    private final Map<String, Counter> throttled = new HashMap<>();

    private FormLimits(RateLimitSettings settings, RateLimitStore store, MeterRegistry meters, Clock clock) {
        this.settings = settings;
        this.store = store;
        byte[] secret = settings.secret().map(s -> s.getBytes(StandardCharsets.UTF_8)).orElseGet(FormLimits::randomSecret);
        this.accounts = AccountKeys.of(Optional.of(Base64.getEncoder().encodeToString(secret)));
        this.devices = new DeviceCookies(secret, clock);
        List<FormRule> all = new ArrayList<>(List.of(
                builtIn(FormKind.LOGIN, settings.loginPaths()), builtIn(FormKind.PASSWORD_RESET, settings.resetPaths()),
                builtIn(FormKind.SIGNUP, settings.signupPaths()), builtIn(FormKind.INVITE, settings.invitePaths())));
        for (CustomRule rule : settings.rules()) {
            all.add(new FormRule(rule.name(), FormKind.OTHER, rule.methods(), List.of(rule.path()), rule.perIp(),
                    rule.perAccount()));
        }
        this.rules = List.copyOf(all);
        this.loginPaths = new PathPatterns(settings.loginPaths());
        this.busy = new BusyLogins(settings.loginBusyAt());
        for (FormRule rule : rules) {
            allowed.put(rule.name(), counter(meters, rule.name(), "allowed"));
            throttled.put(rule.name(), counter(meters, rule.name(), "throttled"));
        }
    }

    /** Limits from settings on a store; decisions are counted in {@code launchready.ratelimit.decisions}. */
    public static FormLimits of(RateLimitSettings settings, RateLimitStore store, MeterRegistry meters, Clock clock) {
        return new FormLimits(settings, store, meters, clock);
    }

    /** The one startup line: which forms are limited, how, and on which store. */
    public String summary(String storeName) {
        RateLimitSettings s = settings;
        return "rate limits: login " + String.join(",", s.loginPaths()) + " (" + s.loginPerIp() + " per address, "
                + s.loginFailuresPerAccount() + " failures per account), password-reset "
                + String.join(",", s.resetPaths()) + ", signup " + String.join(",", s.signupPaths()) + ", invite "
                + String.join(",", s.invitePaths()) + (s.rules().isEmpty() ? "" : ", " + s.rules().size() + " own rules")
                + "; store " + storeName;
    }

    /** The settings these limits were made from. */
    public RateLimitSettings settings() {
        return settings;
    }

    /**
     * Which limited form a request is, or null: the built-in forms on {@code POST} only (a {@code GET} of
     * the form page costs an attacker nothing), then the app's own rules on their methods. {@code path}
     * is the container's decoded path within the app.
     */
    public FormRule match(String method, String path) {
        if (method == null || path == null) {
            return null;
        }
        for (FormRule rule : rules) {
            if (rule.matches(method, path)) {
                return rule;
            }
        }
        return null;
    }

    /** The login form's rule, for logins an adapter recognises by other means (Spring Security's matcher). */
    public FormRule loginRule() {
        return rules.get(0);
    }

    /** Whether a path is a login path (for telling a failed login's redirect back to the form). */
    public boolean isLoginPath(String path) {
        return loginPaths.matches(path);
    }

    /**
     * Applies the limits a request meets before the app sees it.
     *
     * @param clientKey the client's limit key (address, IPv6 grouped by prefix)
     * @param clientText the client's address as text, for the security log
     * @param identifiers every account the request names (each identifier field present: an attacker who
     *     adds {@code email=random} beside the {@code username} the app reads must still meet the
     *     username's limits), empty when none
     * @param deviceCookie the device cookie's value, if the request carried one
     */
    public Attempt begin(FormRule rule, String clientKey, String clientText, List<String> identifiers,
            Optional<String> deviceCookie) {
        List<String> accounts = identifiers.stream().filter(s -> s != null && !s.isBlank()).map(this.accounts::keyFor)
                .distinct().toList();
        String device = null;
        boolean entered = false;
        Decision denied;
        FormKind kind = rule.kind();
        switch (kind) {
            case LOGIN -> {
                // A suspect's place among the logins in flight is taken first, so two cannot both see "not busy".
                boolean suspect = busy.enabled() && peek(failedKey(clientKey), BusyLogins.RECENT_FAILURE) != null;
                if (suspect && !busy.tryEnterAsSuspect()) {
                    return turnedAway(rule, clientKey, clientText, accounts);
                }
                if (!suspect) {
                    busy.enter();
                }
                entered = true;
                denied = take("login:ip:" + clientKey, settings.loginPerIp());
                for (String account : accounts) {
                    device = device != null ? device : deviceCookie.flatMap(v -> devices.verify(v, account)).orElse(null);
                }
                for (int i = 0; denied == null && i < accounts.size(); i++) {
                    String account = accounts.get(i);
                    denied = peek("login:acct-ip:" + account + ":" + clientKey, settings.loginFailuresPerAccountAndIp());
                    if (denied == null) {
                        // A known device is judged by its own limit, not the account's, which a botnet can exhaust.
                        denied = device != null ? peek("login:device:" + device, settings.loginFailuresPerDevice())
                                : peek("login:acct:" + account, settings.loginFailuresPerAccount());
                    }
                }
            }
            case PASSWORD_RESET -> {
                denied = take("reset:ip:" + clientKey, settings.resetPerIp());
                for (int i = 0; denied == null && i < accounts.size(); i++) {
                    denied = take("reset:acct:" + accounts.get(i), settings.resetPerAccount());
                }
            }
            case SIGNUP -> denied = take("signup:ip:" + clientKey, settings.signupPerIp());
            case INVITE -> {
                denied = take("invite:ip:" + clientKey, settings.invitePerIp());
                for (int i = 0; denied == null && i < accounts.size(); i++) {
                    denied = take("invite:target:" + accounts.get(i), settings.invitePerTarget());
                }
            }
            case OTHER -> {
                denied = rule.perIp().map(limit -> take(rule.name() + ":ip:" + clientKey, limit)).orElse(null);
                for (int i = 0; denied == null && i < accounts.size() && rule.perAccount().isPresent(); i++) {
                    denied = take(rule.name() + ":acct:" + accounts.get(i), rule.perAccount().get());
                }
            }
            default -> throw new IllegalArgumentException(kind.toString());
        }
        if (denied != null) {
            if (entered) {
                busy.leave();
            }
            throttled.get(rule.name()).increment();
            Rejection rejection = new Rejection(rule.name(), denied.retryAfter());
            if (throttleLog.first(rule.name(), clientText)) {
                security.warn("throttled {} from {}{}, retry in {}s", rule.name(), clientText,
                        accounts.isEmpty() ? "" : " account " + shortHash(accounts.get(0)), rejection.retryAfterSeconds());
            }
            return new Attempt(rule, clientKey, clientText, accounts, device, rejection);
        }
        allowed.get(rule.name()).increment();
        return new Attempt(rule, clientKey, clientText, accounts, device, null, entered);
    }

    /**
     * A suspect's login while logins are busy. Nothing is counted against the address, so an address with one
     * typo behind a busy NAT is only delayed.
     */
    private Attempt turnedAway(FormRule rule, String clientKey, String clientText, List<String> accounts) {
        throttled.get(rule.name()).increment();
        Rejection rejection = new Rejection(rule.name(), BusyLogins.RETRY_AFTER);
        if (throttleLog.first(rule.name(), clientText)) {
            security.warn("throttled {} from {}: it failed a login recently and {} logins are being checked, retry in {}s",
                    rule.name(), clientText, busy.inFlight(), rejection.retryAfterSeconds());
        }
        return new Attempt(rule, clientKey, clientText, accounts, null, rejection);
    }

    private static String failedKey(String clientKey) {
        return "login:failed-ip:" + clientKey;
    }

    /**
     * Counts a login's outcome: a failure against the account and address and against the account (or
     * the known device); a success clears the account-and-address counter only, so logging in to one's
     * own account never clears a victim's. Other forms count on the way in, whatever the outcome.
     * Call it once for every allowed login, however the request ended: it ends the login's time in flight.
     */
    public void finish(Attempt attempt, LoginOutcome outcome) {
        if (attempt.rule().kind() != FormKind.LOGIN || !attempt.allowed()) {
            return;
        }
        if (attempt.inFlight()) {
            busy.leave();
        }
        if (outcome == LoginOutcome.FAILURE && busy.enabled()) {
            store.take(failedKey(attempt.clientKey()), BusyLogins.RECENT_FAILURE);
        }
        Optional<String> device = attempt.device();
        if (outcome == LoginOutcome.FAILURE && device.isPresent()) {
            store.take("login:device:" + device.get(), settings.loginFailuresPerDevice());
        }
        for (String account : attempt.accountKeys()) {
            String accountAndIp = "login:acct-ip:" + account + ":" + attempt.clientKey();
            if (outcome == LoginOutcome.FAILURE) {
                store.take(accountAndIp, settings.loginFailuresPerAccountAndIp());
                if (device.isEmpty()) {
                    store.take("login:acct:" + account, settings.loginFailuresPerAccount());
                }
                security.info("login failure counted from {} account {}", attempt.clientText(), shortHash(account));
            } else if (outcome == LoginOutcome.SUCCESS) {
                store.reset(accountAndIp);
            }
        }
    }

    /** After a successful login: a signed device cookie value for the account. */
    public Optional<String> deviceCookieFor(Attempt attempt) {
        return attempt.accountKeys().stream().findFirst().map(devices::issue);
    }

    /**
     * After a successful login: the whole {@code Set-Cookie} value of the device cookie. HttpOnly and
     * SameSite=Lax always; Secure when the visitor's connection is https (directly or per a trusted proxy).
     */
    public Optional<String> deviceCookieHeader(Attempt attempt, boolean secure) {
        return deviceCookieFor(attempt).map(value -> settings.deviceCookie() + "=" + value + "; Max-Age="
                + DeviceCookies.LIFETIME.toSeconds() + "; Path=/; HttpOnly; SameSite=Lax" + (secure ? "; Secure" : ""));
    }

    private Decision take(String key, Limit limit) {
        Decision d = store.take(key, limit);
        return d.allowed() ? null : d;
    }

    private Decision peek(String key, Limit limit) {
        Decision d = store.peek(key, limit);
        return d.allowed() ? null : d;
    }

    /** Eight characters of the account's HMAC: enough to follow one account through the log, useless to reverse. */
    private static String shortHash(String accountKey) {
        return accountKey.length() <= 8 ? accountKey : accountKey.substring(0, 8);
    }

    private FormRule builtIn(FormKind kind, List<String> paths) {
        return new FormRule(kind.rule(), kind, List.of("POST"), paths, Optional.empty(), Optional.empty());
    }

    private static Counter counter(MeterRegistry meters, String rule, String outcome) {
        return Counter.builder("launchready.ratelimit.decisions").description("Form rate-limit decisions")
                .tag("rule", rule).tag("outcome", outcome).register(meters);
    }

    private static byte[] randomSecret() {
        byte[] secret = new byte[32];
        new SecureRandom().nextBytes(secret);
        return secret;
    }
}
