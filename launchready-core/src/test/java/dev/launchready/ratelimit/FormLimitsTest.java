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
        assertThat(limits.match("POST", "/login")).isEqualTo(FormKind.LOGIN);
        assertThat(limits.match("POST", "/forgot-password")).isEqualTo(FormKind.PASSWORD_RESET);
        assertThat(limits.match("POST", "/register/")).isEqualTo(FormKind.SIGNUP);
        assertThat(limits.match("POST", "/invite")).isEqualTo(FormKind.INVITE);
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
        assertThat(limits.begin(FormKind.LOGIN, "198.51.100.1", "198.51.100.1", MEMBER, Optional.of(device)).allowed())
                .isTrue();
        for (int i = 0; i < 10; i++) { // failures on the device count against the device
            limits.finish(limits.begin(FormKind.LOGIN, "198.51.100." + (i + 2), "x", MEMBER, Optional.of(device)),
                    LoginOutcome.FAILURE);
        }
        assertThat(limits.begin(FormKind.LOGIN, "198.51.100.99", "x", MEMBER, Optional.of(device)).allowed()).isFalse();
    }

    @Test
    void resetsCountPerAccountWhetherOrNotItExists() {
        for (int i = 0; i < 3; i++) {
            assertThat(limits.begin(FormKind.PASSWORD_RESET, "10.0.0." + i, "x", List.of("ghost@example.com"),
                    Optional.empty()).allowed()).isTrue();
        }
        assertThat(limits.begin(FormKind.PASSWORD_RESET, "10.0.0.9", "x", List.of("GHOST@example.com "),
                Optional.empty()).allowed()).isFalse();
    }

    @Test
    void invitesCountPerInvitedAddress() {
        for (int i = 0; i < 3; i++) {
            assertThat(limits.begin(FormKind.INVITE, "10.0.0." + i, "x", List.of("friend@example.com"),
                    Optional.empty()).allowed()).isTrue();
        }
        assertThat(limits.begin(FormKind.INVITE, "10.0.0.9", "x", List.of("friend@example.com"),
                Optional.empty()).allowed()).isFalse();
    }

    @Test
    void signupsTwentyPerHourPerAddress() {
        for (int i = 0; i < 20; i++) {
            assertThat(limits.begin(FormKind.SIGNUP, IP, IP, List.of(), Optional.empty()).allowed()).isTrue();
        }
        assertThat(limits.begin(FormKind.SIGNUP, IP, IP, List.of(), Optional.empty()).allowed()).isFalse();
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

    private Attempt login(String ip, List<String> account) {
        return limits.begin(FormKind.LOGIN, ip, ip, account, Optional.empty());
    }
}
