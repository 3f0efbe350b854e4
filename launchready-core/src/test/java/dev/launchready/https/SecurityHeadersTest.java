package dev.launchready.https;

import static org.assertj.core.api.Assertions.assertThat;

import dev.launchready.config.LaunchReadySettings;
import java.util.Map;
import org.junit.jupiter.api.Test;

class SecurityHeadersTest {

    private static SecurityHeaders headers(Map<String, String> settings) {
        return SecurityHeaders.of(LaunchReadySettings.from(settings::get).edge().headers());
    }

    @Test
    void defaultsOnHttps() {
        assertThat(headers(Map.of()).forResponse(true, name -> null)).extracting(SecurityHeaders.Header::toString)
                .containsExactly("Header[name=X-Content-Type-Options, value=nosniff]",
                        "Header[name=Referrer-Policy, value=strict-origin-when-cross-origin]",
                        "Header[name=X-Frame-Options, value=DENY]",
                        "Header[name=Content-Security-Policy, value=frame-ancestors 'none'; upgrade-insecure-requests]");
    }

    @Test
    void noUpgradeOnPlainHttp() {
        assertThat(headers(Map.of()).forResponse(false, name -> null)).filteredOn(h -> h.name().equals(
                "Content-Security-Policy")).extracting(SecurityHeaders.Header::value).containsExactly("frame-ancestors 'none'");
    }

    @Test
    void appHeadersWinUnlessOverride() {
        Map<String, String> app = Map.of("X-Frame-Options", "SAMEORIGIN", "Content-Security-Policy", "default-src 'self'",
                "Referrer-Policy", "no-referrer");
        assertThat(headers(Map.of()).forResponse(true, app::get)).extracting(SecurityHeaders.Header::name)
                .containsExactly("X-Content-Type-Options");
        assertThat(headers(Map.of("launchready.headers.override", "true")).forResponse(true, app::get))
                .extracting(SecurityHeaders.Header::value).contains("DENY",
                        "default-src 'self'; frame-ancestors 'none'; upgrade-insecure-requests");
    }

    @Test
    void eachOneCanBeTurnedOff() {
        assertThat(headers(Map.of("launchready.headers.content-type-options", "false", "launchready.headers.referrer-policy",
                "none", "launchready.headers.frame-options", "none", "launchready.headers.upgrade-insecure-requests", "false"))
                .forResponse(true, name -> null)).isEmpty();
    }
}
