package dev.launchready.health;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Map;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class HealthProbeTest {

    @ParameterizedTest
    @CsvSource(nullValues = "null", value = {"verbose, true", "verbose=1, true", "a=b&verbose, true", "null, false",
        "'', false", "verbosely, false", "x=verbose, false", "averbose, false"})
    void verboseFromTheRawQuery(String query, boolean verbose) {
        assertThat(HealthProbe.verbose(query)).isEqualTo(verbose);
    }

    @ParameterizedTest
    @CsvSource({"Forwarded", "X-Forwarded-For", "X-Forwarded-Host", "X-Forwarded-Proto", "X-Real-IP",
        "CF-Connecting-IP", "True-Client-IP"})
    void anyForwardingHeaderMeansARelayedRequest(String header) {
        Map<String, String> headers = Map.of(header, "203.0.113.1", "Authorization", "Bearer t");
        HealthProbe probe = HealthProbe.of("GET", null, "127.0.0.1", headers::get);
        assertThat(probe.forwarded()).isTrue();
        assertThat(probe.authorization()).isEqualTo("Bearer t");
        assertThat(HealthProbe.of("GET", null, "127.0.0.1", Map.<String, String>of()::get).forwarded()).isFalse();
    }
}
