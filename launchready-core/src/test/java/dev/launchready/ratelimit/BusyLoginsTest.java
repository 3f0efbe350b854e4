package dev.launchready.ratelimit;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.launchready.config.InvalidSettingException;
import dev.launchready.config.LaunchReadySettings;
import dev.launchready.ratelimit.store.RateLimitStore;
import io.micrometer.core.instrument.simple.SimpleMeterRegistry;
import java.time.Clock;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.atomic.AtomicLong;
import org.junit.jupiter.api.Test;

/** While logins are being checked, addresses with a recent failed login wait; members never do. */
class BusyLoginsTest {

    private static final String ATTACKER = "203.0.113.66";
    private static final String OTHER_ATTACKER = "203.0.113.67";

    private final AtomicLong nanos = new AtomicLong(1_000_000_000L);
    private final SimpleMeterRegistry meters = new SimpleMeterRegistry();

    private FormLimits limits(String busyAt) {
        Map<String, String> settings = new HashMap<>(Map.of("launchready.ratelimit.secret", "x".repeat(32)));
        if (busyAt != null) {
            settings.put("launchready.ratelimit.login.busy-at", busyAt);
        }
        return FormLimits.of(LaunchReadySettings.from(settings::get).rateLimit(),
                RateLimitStore.inMemory(10_000, nanos::get), meters, Clock.systemUTC());
    }

    @Test
    void byDefaultASuspectIsCheckedOnlyWhileNoOtherLoginIsAndMembersNeverWait() {
        FormLimits limits = limits(null);
        fail(limits, ATTACKER);
        fail(limits, OTHER_ATTACKER);
        Attempt member = login(limits, "198.51.100.1", "member@example.com");

        Attempt turnedAway = login(limits, ATTACKER, "leaked1@example.net");
        assertThat(turnedAway.allowed()).isFalse();
        assertThat(turnedAway.rejection().orElseThrow().retryAfterSeconds()).isEqualTo(2);
        assertThat(turnedAway.rejection().orElseThrow().rule()).isEqualTo("login");
        List<Attempt> members = new ArrayList<>();
        for (int i = 0; i < 50; i++) {
            Attempt another = login(limits, "198.51.100." + (i + 2), "member" + i + "@example.com");
            assertThat(another.allowed()).as("member %d", i).isTrue();
            members.add(another);
        }
        limits.finish(member, LoginOutcome.SUCCESS);
        members.forEach(m -> limits.finish(m, LoginOutcome.SUCCESS));

        Attempt suspect = login(limits, ATTACKER, "leaked2@example.net");
        assertThat(suspect.allowed()).as("idle: a suspect is checked").isTrue();
        assertThat(login(limits, OTHER_ATTACKER, "leaked3@example.net").allowed()).as("busy with a suspect").isFalse();
        assertThat(login(limits, "198.51.100.99", "late@example.com").allowed()).as("a member still is").isTrue();
    }

    @Test
    void beingTurnedAwayCostsTheAddressNoneOfItsAttempts() {
        FormLimits limits = limits("1");
        fail(limits, ATTACKER);
        Attempt member = login(limits, "198.51.100.1", "member@example.com");
        for (int i = 0; i < 100; i++) {
            assertThat(login(limits, ATTACKER, "b" + i + "@example.net").allowed()).isFalse();
        }
        limits.finish(member, LoginOutcome.SUCCESS);
        for (int i = 0; i < 29; i++) { // 30 per 5 minutes, one used by the failure
            Attempt attempt = login(limits, ATTACKER, "c" + i + "@example.net");
            assertThat(attempt.allowed()).as("attempt %d", i).isTrue();
            limits.finish(attempt, LoginOutcome.UNKNOWN);
        }
        Attempt refused = login(limits, ATTACKER, "d@example.net");
        assertThat(refused.allowed()).as("then the address limit").isFalse();
        assertThat(refused.rejection().orElseThrow().retryAfterSeconds()).isGreaterThan(2);
        assertThat(login(limits, OTHER_ATTACKER, "e@example.net").allowed())
                .as("a suspect refused by another limit leaves no place taken").isTrue();
    }

    @Test
    void aFailureMarksTheAddressForFifteenMinutes() {
        FormLimits limits = limits("1");
        fail(limits, ATTACKER);
        login(limits, "198.51.100.1", "member@example.com");
        assertThat(login(limits, ATTACKER, "b@example.net").allowed()).isFalse();
        nanos.addAndGet(Duration.ofMinutes(15).toNanos());
        assertThat(login(limits, ATTACKER, "b@example.net").allowed()).as("no longer a suspect").isTrue();
    }

    @Test
    void zeroIsNeverBusy() {
        FormLimits limits = limits("0");
        fail(limits, ATTACKER);
        for (int i = 0; i < 20; i++) {
            assertThat(login(limits, ATTACKER, "m" + i + "@example.net").allowed()).isTrue();
        }
    }

    @Test
    void aBadValueNamesTheSettingAndWhatItAccepts() {
        for (String bad : List.of("-1", "many", "10001", "2.5", "cores")) {
            assertThatThrownBy(() -> limits(bad)).isInstanceOf(InvalidSettingException.class)
                    .hasMessageContaining("launchready.ratelimit.login.busy-at").hasMessageContaining("0 (never busy");
        }
    }

    private static void fail(FormLimits limits, String ip) {
        limits.finish(login(limits, ip, "first@example.net"), LoginOutcome.FAILURE);
    }

    private static Attempt login(FormLimits limits, String ip, String account) {
        return limits.begin(limits.loginRule(), ip, ip, List.of(account), Optional.empty());
    }
}
