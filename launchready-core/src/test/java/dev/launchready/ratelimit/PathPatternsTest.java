package dev.launchready.ratelimit;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class PathPatternsTest {

    private final PathPatterns patterns = new PathPatterns(List.of("/login", "/account/**"));

    @ParameterizedTest
    @CsvSource({"/login, true", "/login/, true", "/account, true", "/account/, true", "/account/invite, true",
        "/logins, false", "/log, false", "/accounts, false", "/, false", "/LOGIN, false", "/x/login, false"})
    void exactAndPrefix(String path, boolean matches) {
        assertThat(patterns.matches(path)).isEqualTo(matches);
    }
}
