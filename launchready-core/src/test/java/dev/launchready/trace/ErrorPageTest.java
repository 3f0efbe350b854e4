package dev.launchready.trace;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;

class ErrorPageTest {

    @Test
    void browsersGetHtmlWithTheReference() {
        ErrorPage page = ErrorPage.of(500, "abc123", "text/html,application/xhtml+xml,*/*;q=0.8");

        assertThat(page.contentType()).isEqualTo("text/html;charset=utf-8");
        assertThat(text(page)).contains("<title>Something went wrong</title>", "<code>abc123</code>");
    }

    @Test
    void apiClientsAndCurlGetProblemJson() {
        for (String accept : new String[] {"application/json", "*/*", null, "application/problem+json"}) {
            ErrorPage page = ErrorPage.of(503, "abc123", accept);
            assertThat(page.contentType()).isEqualTo("application/problem+json");
            assertThat(text(page)).isEqualTo("{\"type\":\"about:blank\",\"title\":\"Service Unavailable\",\"status\":503,"
                    + "\"detail\":\"We are briefly unavailable. Please try again in a minute.\",\"requestId\":\"abc123\"}");
        }
    }

    @Test
    void withoutAnIdThereIsNoReference() {
        assertThat(text(ErrorPage.of(500, null, "text/html"))).doesNotContain("reference");
        assertThat(text(ErrorPage.of(500, null, "application/json"))).doesNotContain("requestId");
    }

    private static String text(ErrorPage page) {
        return new String(page.body(), StandardCharsets.UTF_8);
    }
}
