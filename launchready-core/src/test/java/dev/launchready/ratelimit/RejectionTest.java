package dev.launchready.ratelimit;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.time.Duration;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class RejectionTest {

    @Test
    void retryAfterIsRoundedUpAndNeverZero() {
        assertThat(new Rejection("login", Duration.ofMillis(41_001)).retryAfterSeconds()).isEqualTo(42);
        assertThat(new Rejection("login", Duration.ZERO).retryAfterSeconds()).isEqualTo(1);
        assertThat(new Rejection("login", Duration.ofSeconds(60)).retryAfterSeconds()).isEqualTo(60);
    }

    @ParameterizedTest(name = "Accept={0} Content-Type={1} -> json={2}")
    @CsvSource(nullValues = "null", value = {
        "application/json, null, true",
        "application/problem+json, null, true",
        "'text/html,application/xhtml+xml,*/*;q=0.8', application/x-www-form-urlencoded, false",
        "'application/json, text/html', null, true",
        "'text/html, application/json', null, false",
        "null, application/json, true",
        "*/*, application/json, true",
        "text/html, application/json, false",
        "null, null, false",
    })
    void browsersGetHtmlAndJsonClientsProblemJson(String accept, String contentType, boolean json) {
        assertThat(Rejection.wantsJson(accept, contentType)).isEqualTo(json);
    }

    @Test
    void bodiesSayWhenToComeBack() {
        Rejection r = new Rejection("password-reset", Duration.ofSeconds(90));
        assertThat(new String(r.body(true), StandardCharsets.UTF_8)).startsWith("{").contains("\"status\":429")
                .contains("\"retryAfter\":90").contains("90 seconds");
        assertThat(new String(r.body(false), StandardCharsets.UTF_8)).contains("<h1>Too many attempts</h1>", "90 seconds");
        assertThat(r.contentType(true)).isEqualTo("application/problem+json");
    }
}
