package dev.launchready.https;

import static org.assertj.core.api.Assertions.assertThat;

import dev.launchready.config.LaunchReadySettings;
import java.util.ArrayList;
import java.util.List;
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

    @Test
    void theDefaultsAreBuiltOnceAndEqualAnAnswerForAnAppThatSetNothing() {
        SecurityHeaders h = headers(Map.of());
        for (boolean secure : new boolean[] {true, false}) {
            assertThat(h.defaults(secure)).isSameAs(h.defaults(secure)).isUnmodifiable()
                    .isEqualTo(h.forResponse(secure, name -> null));
        }
    }

    /** The per-header path the servlet adapter takes decides exactly what {@code forResponse} decides. */
    @Test
    void valueOverAgreesWithForResponseForEveryAppChoice() {
        List<Map<String, String>> apps = List.of(Map.of(), Map.of("X-Frame-Options", "SAMEORIGIN"),
                Map.of("Content-Security-Policy", "default-src 'self'"),
                Map.of("Content-Security-Policy", "frame-ancestors 'self'; upgrade-insecure-requests"),
                Map.of("Content-Security-Policy", "frame-ancestors 'self'", "Referrer-Policy", "no-referrer",
                        "X-Content-Type-Options", "nosniff"));
        for (String override : List.of("false", "true")) {
            for (String frames : List.of("deny", "sameorigin", "none")) {
                SecurityHeaders h = headers(Map.of("launchready.headers.override", override,
                        "launchready.headers.frame-options", frames));
                for (Map<String, String> app : apps) {
                    for (boolean secure : new boolean[] {true, false}) {
                        List<SecurityHeaders.Header> perHeader = new ArrayList<>();
                        for (SecurityHeaders.Header ours : h.defaults(secure)) {
                            String value = h.valueOver(ours, app.get(ours.name()), secure);
                            if (value != null) {
                                perHeader.add(new SecurityHeaders.Header(ours.name(), value));
                            }
                        }
                        assertThat(perHeader).as("override %s, frames %s, app %s, secure %s", override, frames, app,
                                secure).isEqualTo(h.forResponse(secure, app::get));
                    }
                }
            }
        }
    }
}
