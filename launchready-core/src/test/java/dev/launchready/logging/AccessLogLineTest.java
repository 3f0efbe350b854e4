package dev.launchready.logging;

import static org.assertj.core.api.Assertions.assertThat;

import dev.launchready.redact.Redactor;
import org.junit.jupiter.api.Test;

class AccessLogLineTest {

    private static final Redactor REDACTOR = Redactor.defaults();
    private static final String STRIPE = "sk_" + "live_" + "4eC39HqLyjWDarjtT1zdp7dc";

    @Test
    void aKnownRouteIsPrintedAsIs() {
        assertThat(AccessLogLine.format(REDACTOR, "GET", "/members/{id}", "/members/42", 200, 3_140_000, "203.0.113.9",
                null, null, null)).isEqualTo("GET /members/{id} 200 3.1ms client=203.0.113.9");
    }

    @Test
    void unknownPathsAreFoldedSoNoIdOrTokenIsWritten() {
        assertThat(AccessLogLine.fold("/password-reset/confirm/8f3a9c2e7b1d4f60a5e2c9b7d3f1a8e6")).isEqualTo("/password-reset/confirm/{id}");
        assertThat(AccessLogLine.fold("/members/42/posts/7")).isEqualTo("/members/{id}/posts/{id}");
        assertThat(AccessLogLine.fold("/invite/" + STRIPE)).isEqualTo("/invite/{id}");
        assertThat(AccessLogLine.fold("/a%2Fb/c;jsessionid=x")).isEqualTo("/{id}/{id}");
        assertThat(AccessLogLine.fold("/")).isEqualTo("/");
        assertThat(AccessLogLine.fold("")).isEqualTo("/");
        assertThat(AccessLogLine.fold(null)).isEqualTo("/");
        assertThat(AccessLogLine.fold("/pricing/")).isEqualTo("/pricing/");
        assertThat(AccessLogLine.fold("/a/b/c/d/e/f/g/h/i/j")).isEqualTo("/a/b/c/d/e/f/g/h/…");
        assertThat(AccessLogLine.fold("/" + "x".repeat(100))).isEqualTo("/{id}");
    }

    @Test
    void queryAndHeadersAreRedactedQuotedAndEscaped() {
        String line = AccessLogLine.format(REDACTOR, "POST", null, "/login", 302, 12_000_000, "198.51.100.4",
                "next=/members&password=hunter2", "https://x.io/reset?user=mia.member@example.com",
                "curl/8.5 \"quoted\"\r\nINJECTED line");
        assertThat(line).startsWith("POST /login 302 12.0ms client=198.51.100.4 ")
                .contains("query=\"next=/members&password=[REDACTED")
                .contains("referer=\"https://x.io/reset?user=[EMAIL]\"")
                .contains("ua=\"curl/8.5 \\\"quoted\\\"\\x0d\\x0aINJECTED line\"")
                .doesNotContain("hunter2").doesNotContain("\n").doesNotContain("\r");
    }

    @Test
    void oddMethodsClientsAndHugeValuesStayOnOneShortLine() {
        String line = AccessLogLine.format(REDACTOR, "GET\nX", "/x y\"z", "/", 200, 0, null,
                "q=" + "a".repeat(1 << 20), null, "");
        assertThat(line).startsWith("GET_X /x_y_z 200 0.0ms client=-").doesNotContain("\n");
        assertThat(line.length()).isLessThan(AccessLogLine.MAX_FIELD + 200);
    }
}
