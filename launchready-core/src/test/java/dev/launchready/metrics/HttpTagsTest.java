package dev.launchready.metrics;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.channels.ClosedChannelException;
import org.junit.jupiter.api.Test;

class HttpTagsTest {

    @Test
    void unknownAndMalformedMethodsFoldIntoOneValue() {
        assertThat(HttpTags.method("GET")).isEqualTo("GET");
        assertThat(HttpTags.method("PATCH")).isEqualTo("PATCH");
        for (String odd : new String[] {"get", "PROPFIND", "FOO" + System.nanoTime(), "", null, "G\u00c9T"}) {
            assertThat(HttpTags.method(odd)).as(odd).isEqualTo("UNKNOWN");
        }
    }

    @Test
    void matchedRoutesKeepTheirTemplateForEveryStatus() {
        for (int status : new int[] {200, 303, 401, 403, 404, 405, 429, 500}) {
            assertThat(HttpTags.uri("/login", status)).isEqualTo("/login");
        }
    }

    @Test
    void unmatchedRequestsFoldByStatusNeverToTheirPath() {
        assertThat(HttpTags.uri(null, 404)).isEqualTo("NOT_FOUND");
        assertThat(HttpTags.uri(null, 301)).isEqualTo("REDIRECTION");
        assertThat(HttpTags.uri(null, 308)).isEqualTo("REDIRECTION");
        for (int status : new int[] {200, 401, 403, 405, 415, 500, 499}) {
            assertThat(HttpTags.uri(null, status)).isEqualTo("UNKNOWN");
        }
    }

    @Test
    void statusAndOutcomeUseSpringsSpellings() {
        assertThat(HttpTags.status(200)).isEqualTo("200").isSameAs(HttpTags.status(200));
        assertThat(HttpTags.status(99)).isEqualTo("UNKNOWN");
        assertThat(HttpTags.status(600)).isEqualTo("UNKNOWN");
        assertThat(HttpTags.outcome(204)).isEqualTo("SUCCESS");
        assertThat(HttpTags.outcome(302)).isEqualTo("REDIRECTION");
        assertThat(HttpTags.outcome(499)).isEqualTo("CLIENT_ERROR");
        assertThat(HttpTags.outcome(503)).isEqualTo("SERVER_ERROR");
        assertThat(HttpTags.outcome(101)).isEqualTo("INFORMATIONAL");
        assertThat(HttpTags.exception(null)).isEqualTo("none");
        assertThat(HttpTags.exception(new IllegalStateException("secret@example.com"))).isEqualTo("IllegalStateException");
        assertThat(HttpTags.exception(new RuntimeException() { })).doesNotContain("secret").isNotEmpty();
    }

    @Test
    void aClientThatWentAwayIsNotTheAppsFault() {
        assertThat(HttpTags.isClientAbort(new IOException("Broken pipe"))).isTrue();
        assertThat(HttpTags.isClientAbort(new IOException("write failed", new IOException("Connection reset by peer"))))
                .isTrue();
        assertThat(HttpTags.isClientAbort(new RuntimeException(new ClosedChannelException()))).isTrue();
        assertThat(HttpTags.isClientAbort(new IOException("disk full"))).isFalse();
        assertThat(HttpTags.isClientAbort(new IllegalStateException("Broken pipe"))).isFalse();
        assertThat(HttpTags.isClientAbort(null)).isFalse();
        RuntimeException a1 = new RuntimeException("a");
        RuntimeException b1 = new RuntimeException("b", a1);
        a1.initCause(b1); // a loop of causes: the walk must end
        assertThat(HttpTags.isClientAbort(a1)).isFalse();
    }
}
