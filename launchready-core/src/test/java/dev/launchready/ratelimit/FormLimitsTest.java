package dev.launchready.ratelimit;

import static org.assertj.core.api.Assertions.assertThat;

import ch.qos.logback.classic.Logger;
import ch.qos.logback.classic.spi.ILoggingEvent;
import ch.qos.logback.core.read.ListAppender;
import dev.launchready.config.LaunchReadySettings;
import dev.launchready.ratelimit.store.RateLimitStore;
import io.micrometer.core.instrument.simple.SimpleMeterRegistry;
import java.time.Clock;
import java.time.Duration;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.atomic.AtomicLong;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.slf4j.LoggerFactory;

/** The decisions of the design note, on the real in-memory store with a fake clock. */
class FormLimitsTest {

    private static final String IP = "203.0.113.7";
    private static final List<String> MEMBER = List.of("member@example.com");

    private final AtomicLong nanos = new AtomicLong(1_000_000_000L);
    private final SimpleMeterRegistry meters = new SimpleMeterRegistry();
    private final ListAppender<ILoggingEvent> securityLog = new ListAppender<>();
    private FormLimits limits;

    @BeforeEach
    void captureTheSecurityLog() {
        securityLog.start();
        ((Logger) LoggerFactory.getLogger("launchready.security")).addAppender(securityLog);
        limits = limits(Map.of());
    }

    @AfterEach
    void release() {
        ((Logger) LoggerFactory.getLogger("launchready.security")).detachAppender(securityLog);
    }

    private FormLimits limits(Map<String, String> overrides) {
        Map<String, String> settings = new HashMap<>(Map.of("launchready.ratelimit.secret", "x".repeat(32)));
        settings.putAll(overrides);
        return FormLimits.of(LaunchReadySettings.from(settings::get).rateLimit(),
                RateLimitStore.inMemory(10_000, nanos::get), meters, Clock.systemUTC());
    }

    @Test
    void matchesOnlyPostsToFormPaths() {
        assertThat(limits.match("POST", "/login").kind()).isEqualTo(FormKind.LOGIN);
        assertThat(limits.match("POST", "/forgot-password").kind()).isEqualTo(FormKind.PASSWORD_RESET);
        assertThat(limits.match("POST", "/register/").kind()).isEqualTo(FormKind.SIGNUP);
        assertThat(limits.match("POST", "/invite").name()).isEqualTo("invite");
        assertThat(limits.match("GET", "/login")).isNull();
        assertThat(limits.match("POST", "/members")).isNull();
        assertThat(limits.match("POST", null)).isNull();
    }

    @Test
    void loginDefaultsThirtyPerFiveMinutesPerAddress() {
        for (int i = 0; i < 30; i++) {
            assertThat(login(IP, List.of("u" + i + "@example.com")).allowed()).isTrue();
        }
        Attempt rejected = login(IP, MEMBER);
        assertThat(rejected.allowed()).isFalse();
        assertThat(rejected.rejection().orElseThrow().retryAfterSeconds()).isEqualTo(10);
        nanos.addAndGet(Duration.ofSeconds(10).toNanos());
        assertThat(login(IP, MEMBER).allowed()).isTrue();
        assertThat(meters.counter("launchready.ratelimit.decisions", "rule", "login", "outcome", "throttled").count())
                .isEqualTo(1);
        assertThat(meters.counter("launchready.ratelimit.decisions", "rule", "login", "outcome", "allowed").count())
                .isEqualTo(31);
    }

    @Test
    void fiveFailuresPerAccountAndAddressThenASuccessElsewhereDoesNotClearIt() {
        for (int i = 0; i < 5; i++) {
            limits.finish(login(IP, MEMBER), LoginOutcome.FAILURE);
        }
        assertThat(login(IP, MEMBER).allowed()).isFalse();
        // the attacker logs in to his own account from the same address: the member's counter stays
        limits.finish(login(IP, List.of("attacker@example.com")), LoginOutcome.SUCCESS);
        assertThat(login(IP, MEMBER).allowed()).isFalse();
        assertThat(login("198.51.100.1", MEMBER).allowed()).as("another address").isTrue();
    }

    @Test
    void nothingLocksForever() {
        for (int i = 0; i < 20; i++) {
            limits.finish(login("203.0.113." + i, MEMBER), LoginOutcome.FAILURE);
        }
        assertThat(login("198.51.100.1", MEMBER).allowed()).isFalse();
        nanos.addAndGet(Duration.ofHours(1).toNanos());
        assertThat(login("198.51.100.1", MEMBER).allowed()).isTrue();
    }

    @Test
    void aKnownDeviceIsJudgedByItsOwnLimit() {
        Attempt good = login(IP, MEMBER);
        limits.finish(good, LoginOutcome.SUCCESS);
        String device = limits.deviceCookieFor(good).orElseThrow();
        for (int i = 0; i < 20; i++) {
            limits.finish(login("203.0.113." + i, MEMBER), LoginOutcome.FAILURE);
        }
        assertThat(login("198.51.100.1", MEMBER).allowed()).isFalse();
        assertThat(limits.begin(rule("/login"), "198.51.100.1", "198.51.100.1", MEMBER, Optional.of(device)).allowed())
                .isTrue();
        for (int i = 0; i < 10; i++) { // failures on the device count against the device
            limits.finish(limits.begin(rule("/login"), "198.51.100." + (i + 2), "x", MEMBER, Optional.of(device)),
                    LoginOutcome.FAILURE);
        }
        assertThat(limits.begin(rule("/login"), "198.51.100.99", "x", MEMBER, Optional.of(device)).allowed()).isFalse();
    }

    @Test
    void resetsCountPerAccountWhetherOrNotItExists() {
        for (int i = 0; i < 3; i++) {
            assertThat(limits.begin(rule("/password-reset"), "10.0.0." + i, "x", List.of("ghost@example.com"),
                    Optional.empty()).allowed()).isTrue();
        }
        assertThat(limits.begin(rule("/password-reset"), "10.0.0.9", "x", List.of("GHOST@example.com "),
                Optional.empty()).allowed()).isFalse();
    }

    @Test
    void invitesCountPerInvitedAddress() {
        for (int i = 0; i < 3; i++) {
            assertThat(limits.begin(rule("/invite"), "10.0.0." + i, "x", List.of("friend@example.com"),
                    Optional.empty()).allowed()).isTrue();
        }
        assertThat(limits.begin(rule("/invite"), "10.0.0.9", "x", List.of("friend@example.com"),
                Optional.empty()).allowed()).isFalse();
    }

    @Test
    void signupsTwentyPerHourPerAddress() {
        for (int i = 0; i < 20; i++) {
            assertThat(limits.begin(rule("/signup"), IP, IP, List.of(), Optional.empty()).allowed()).isTrue();
        }
        assertThat(limits.begin(rule("/signup"), IP, IP, List.of(), Optional.empty()).allowed()).isFalse();
    }

    @Test
    void theSecurityLogNeverCarriesAnEmail() {
        for (int i = 0; i < 6; i++) {
            limits.finish(login(IP, MEMBER), LoginOutcome.FAILURE);
        }
        assertThat(securityLog.list).isNotEmpty().allSatisfy(e -> assertThat(e.getFormattedMessage())
                .doesNotContain("member@example.com").doesNotContain("example.com"));
        assertThat(securityLog.list).anySatisfy(e -> assertThat(e.getFormattedMessage()).startsWith("throttled login from " + IP));
    }

    @Test
    void aDecoyFieldBesideTheRealOneDoesNotDodgeTheRealAccountsLimit() {
        for (int i = 0; i < 5; i++) {
            limits.finish(login(IP, List.of("decoy" + i + "@example.com", "member")), LoginOutcome.FAILURE);
        }
        assertThat(login(IP, List.of("another-decoy@example.com", "member")).allowed()).isFalse();
        assertThat(login(IP, List.of("member")).allowed()).isFalse();
    }

    @Test
    void unknownOutcomesAndOtherFormsCountNothingAfterwards() {
        for (int i = 0; i < 10; i++) {
            limits.finish(login(IP, MEMBER), LoginOutcome.UNKNOWN);
        }
        assertThat(login(IP, MEMBER).allowed()).isTrue();
    }

    @Test
    void theAppsOwnRulesLimitTheirMethodsAndPaths() {
        FormLimits own = limits(Map.of("launchready.ratelimit.rules",
                "contact: POST /contact per-ip=2/1h per-account=1/1d; search: GET,POST /api/search/** per-ip=3/1m"));
        FormRule contact = own.match("POST", "/contact");
        assertThat(contact.name()).isEqualTo("contact");
        assertThat(contact.kind()).isEqualTo(FormKind.OTHER);
        assertThat(own.match("GET", "/contact")).isNull();
        assertThat(own.begin(contact, IP, IP, List.of("a@example.com"), Optional.empty()).allowed()).isTrue();
        assertThat(own.begin(contact, "10.0.0.1", "x", List.of("A@example.com"), Optional.empty()).allowed())
                .as("per account").isFalse();
        assertThat(own.begin(contact, IP, IP, List.of(), Optional.empty()).allowed()).isTrue();
        assertThat(own.begin(contact, IP, IP, List.of(), Optional.empty()).allowed()).as("per address").isFalse();
        FormRule search = own.match("GET", "/api/search/members");
        for (int i = 0; i < 3; i++) {
            assertThat(own.begin(search, IP, IP, List.of(), Optional.empty()).allowed()).isTrue();
        }
        assertThat(own.begin(search, IP, IP, List.of(), Optional.empty()).rejection().orElseThrow().rule())
                .isEqualTo("search");
        assertThat(meters.counter("launchready.ratelimit.decisions", "rule", "search", "outcome", "throttled").count())
                .isEqualTo(1);
    }

    private FormRule rule(String path) {
        return limits.match("POST", path);
    }

    private Attempt login(String ip, List<String> account) {
        return limits.begin(rule("/login"), ip, ip, account, Optional.empty());
    }
}
