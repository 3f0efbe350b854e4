package dev.launchready.ratelimit;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import org.junit.jupiter.api.Test;

class DeviceCookiesTest {

    private static final byte[] SECRET = "a-secret-that-is-long-enough-for-tests".getBytes(StandardCharsets.UTF_8);
    private final Instant now = Instant.parse("2026-11-23T10:00:00Z");
    private final DeviceCookies cookies = new DeviceCookies(SECRET, Clock.fixed(now, ZoneOffset.UTC));

    @Test
    void aCookieIsValidForItsAccountOnly() {
        String value = cookies.issue("accountKeyAAAAAAAAAAAAAAAAAAAAAAAAAA");
        assertThat(cookies.verify(value, "accountKeyAAAAAAAAAAAAAAAAAAAAAAAAAA")).isPresent();
        assertThat(cookies.verify(value, "accountKeyBBBBBBBBBBBBBBBBBBBBBBBBBB")).isEmpty();
    }

    @Test
    void eachCookieNamesItsOwnDevice() {
        String a = cookies.issue("acct");
        String b = cookies.issue("acct");
        assertThat(cookies.verify(a, "acct")).isNotEqualTo(cookies.verify(b, "acct"));
    }

    @Test
    void tamperedForeignOrExpiredCookiesAreWorthNothing() {
        String value = cookies.issue("acct");
        String[] parts = value.split("\\.");
        assertThat(cookies.verify(value.substring(0, value.length() - 2) + "xx", "acct")).isEmpty();
        assertThat(cookies.verify(parts[0] + "." + parts[1] + ".99999999999." + parts[3] + "." + parts[4], "acct")).isEmpty();
        DeviceCookies other = new DeviceCookies("another-secret-entirely-xxxxxxxxxxxxxx".getBytes(StandardCharsets.UTF_8),
                Clock.fixed(now, ZoneOffset.UTC));
        assertThat(other.verify(value, "acct")).isEmpty();
        DeviceCookies later = new DeviceCookies(SECRET, Clock.fixed(now.plus(Duration.ofDays(181)), ZoneOffset.UTC));
        assertThat(later.verify(value, "acct")).isEmpty();
        for (String junk : new String[] {"", ".", "v1....", "v2.a.1.b.c", "v1.acct.x.y.z", "x".repeat(10_000), null}) {
            assertThat(cookies.verify(junk, "acct")).as(String.valueOf(junk).length() + " chars").isEmpty();
        }
    }
}
