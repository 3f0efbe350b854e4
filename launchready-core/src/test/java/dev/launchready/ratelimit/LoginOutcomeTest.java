package dev.launchready.ratelimit;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.function.Predicate;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class LoginOutcomeTest {

    private static final Predicate<String> LOGIN = new PathPatterns(List.of("/login", "/auth/**"))::matches;

    @ParameterizedTest(name = "{0} {1} marked={2} -> {3}")
    @CsvSource(nullValues = "null", value = {
        "401, null, null, FAILURE",
        "403, null, null, FAILURE",
        "303, /members, null, SUCCESS",
        "302, https://app.example/members?x=1, null, SUCCESS",
        "302, /login?error, null, FAILURE",
        "302, /login, null, FAILURE",
        "302, https://app.example/login/, null, FAILURE",
        "302, /auth/retry, null, FAILURE",
        "302, /welcome?error=1, null, FAILURE",
        "302, /login;jsessionid=abc, null, FAILURE",
        "200, null, null, UNKNOWN",
        "400, null, null, UNKNOWN",
        "500, null, null, UNKNOWN",
        "302, null, null, UNKNOWN",
        "200, null, FAILURE, FAILURE",
        "303, /members, FAILURE, FAILURE",
        "401, null, SUCCESS, SUCCESS",
        "401, null, UNKNOWN, FAILURE",
    })
    void decidesFromTheResponse(int status, String location, LoginOutcome marked, LoginOutcome expected) {
        assertThat(LoginOutcome.of(status, location, marked, LOGIN)).isEqualTo(expected);
    }
}
