package dev.launchready.trace;

import static org.assertj.core.api.Assertions.assertThat;

import dev.launchready.config.LaunchReadySettings;
import java.util.HashSet;
import java.util.Set;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.junit.jupiter.api.Test;

class RequestIdsTest {

    private final RequestIds ids = RequestIds.of(LaunchReadySettings.defaults().trace());

    @Test
    void aTrustedProxysSafeIdIsKept() {
        assertThat(ids.choose("f47ac10b-58cc-4372-a567-0e02b2c3d479", null, true))
                .isEqualTo("f47ac10b-58cc-4372-a567-0e02b2c3d479");
        assertThat(ids.choose("Root=1-5759e988:bd86+2e3f/e1be46a9=", null, true)).isEqualTo("Root=1-5759e988:bd86+2e3f/e1be46a9=");
        assertThat(ids.choose("x".repeat(64), null, true)).hasSize(64);
    }

    @Test
    void anUntrustedPeersIdIsNeverKept() {
        assertThat(ids.choose("chosen-by-client", "00-4bf92f3577b34da6a3ce929d0e0e4736-00f067aa0ba902b7-01", false))
                .matches("[0-9a-z]{20}");
    }

    @ParameterizedTest
    @ValueSource(strings = {"", "a\r\nFAKE ERROR line", "a\nb", "caf\u00e9", "id with space", "a\tb", "<script>",
        "a;b", "a\"b", "%0d%0a", "\ud800", "a\u0000b"})
    void unsafeIdsAreReplacedNotTrimmed(String sent) {
        assertThat(ids.choose(sent, null, true)).matches("[0-9a-z]{20}");
    }

    @Test
    void oversizedIdsAreReplaced() {
        assertThat(ids.choose("x".repeat(65), null, true)).matches("[0-9a-z]{20}");
        assertThat(ids.choose("x".repeat(1 << 20), null, true)).matches("[0-9a-z]{20}");
    }

    @Test
    void aValidTraceparentGivesItsTraceId() {
        assertThat(ids.choose(null, "00-4bf92f3577b34da6a3ce929d0e0e4736-00f067aa0ba902b7-01", true))
                .isEqualTo("4bf92f3577b34da6a3ce929d0e0e4736");
        // a future version may append fields
        assertThat(ids.choose(null, "01-4bf92f3577b34da6a3ce929d0e0e4736-00f067aa0ba902b7-01-extra", true))
                .isEqualTo("4bf92f3577b34da6a3ce929d0e0e4736");
        // X-Request-Id wins when both are sent
        assertThat(ids.choose("req-1", "00-4bf92f3577b34da6a3ce929d0e0e4736-00f067aa0ba902b7-01", true))
                .isEqualTo("req-1");
    }

    @ParameterizedTest
    @ValueSource(strings = {"00-00000000000000000000000000000000-00f067aa0ba902b7-01",
        "ff-4bf92f3577b34da6a3ce929d0e0e4736-00f067aa0ba902b7-01",
        "00-4BF92F3577B34DA6A3CE929D0E0E4736-00f067aa0ba902b7-01",
        "00-4bf92f3577b34da6a3ce929d0e0e473-00f067aa0ba902b7-01",
        "00-4bf92f3577b34da6a3ce929d0e0e4736-00f067aa0ba902b7-01-extra",
        "00_4bf92f3577b34da6a3ce929d0e0e4736_00f067aa0ba902b7_01", "garbage"})
    void anInvalidTraceparentIsIgnored(String traceparent) {
        assertThat(ids.choose(null, traceparent, true)).matches("[0-9a-z]{20}");
    }

    @Test
    void generatedIdsAreUniqueAndSafe() {
        Set<String> seen = new HashSet<>();
        for (int i = 0; i < 100_000; i++) {
            String id = ids.generate();
            assertThat(RequestIds.safe(id)).isTrue();
            seen.add(id);
        }
        assertThat(seen).hasSize(100_000);
    }

    @Test
    void theHeaderIsASetting() {
        RequestIds custom = RequestIds.of(LaunchReadySettings.from(
                k -> k.equals("launchready.request-id.header") ? "X-Correlation-Id" : null).trace());
        assertThat(custom.header()).isEqualTo("X-Correlation-Id");
        assertThat(ids.header()).isEqualTo("X-Request-Id");
    }
}
