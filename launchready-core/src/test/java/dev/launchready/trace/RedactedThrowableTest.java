package dev.launchready.trace;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.sql.SQLException;
import java.util.function.UnaryOperator;
import org.junit.jupiter.api.Test;

class RedactedThrowableTest {

    private static final UnaryOperator<String> REDACT = s -> s.replace("hunter2", "[REDACTED:password]");

    @Test
    void everyMessageInTheChainIsRedactedAndClassNamesAndFramesKept() {
        SQLException cause = new SQLException("login failed for password hunter2");
        IllegalStateException failure = new IllegalStateException("export failed: hunter2", cause);
        failure.addSuppressed(new IllegalArgumentException("suppressed hunter2"));

        RedactedThrowable copy = RedactedThrowable.of(failure, REDACT);
        String printed = print(copy);

        assertThat(printed).doesNotContain("hunter2")
                .contains("java.lang.IllegalStateException: export failed: [REDACTED:password]",
                        "java.sql.SQLException: login failed for password [REDACTED:password]",
                        "java.lang.IllegalArgumentException: suppressed [REDACTED:password]",
                        "RedactedThrowableTest.everyMessageInTheChainIsRedactedAndClassNamesAndFramesKept");
        assertThat(copy.className()).isEqualTo("java.lang.IllegalStateException");
        assertThat(copy.getStackTrace()).isEqualTo(failure.getStackTrace());
    }

    @Test
    void aMessageThatThrowsOrANullMessageDoesNotStopIt() {
        RuntimeException odd = new RuntimeException() {
            private static final long serialVersionUID = 1L;

            @Override
            public String getMessage() {
                throw new IllegalStateException("no");
            }
        };
        assertThat(RedactedThrowable.of(odd, REDACT).getMessage()).contains("message unavailable");
        assertThat(RedactedThrowable.of(new NullPointerException(), REDACT).getMessage())
                .isEqualTo("java.lang.NullPointerException");
    }

    @Test
    void aRedactorThatThrowsWithholdsTheMessage() {
        RedactedThrowable copy = RedactedThrowable.of(new IllegalStateException("hunter2"), s -> {
            throw new IllegalStateException("broken");
        });
        assertThat(copy.getMessage()).isEqualTo("java.lang.IllegalStateException: [message withheld]");
    }

    @Test
    void cyclicAndDeepCauseChainsEnd() {
        CyclicException a = new CyclicException("a hunter2");
        CyclicException b = new CyclicException("b");
        a.cause = b;
        b.cause = a;
        assertThat(print(RedactedThrowable.of(a, REDACT))).contains("b").doesNotContain("hunter2");

        Throwable deep = new RuntimeException("root");
        for (int i = 0; i < 10_000; i++) {
            deep = new RuntimeException("level " + i, deep);
        }
        RedactedThrowable copy = RedactedThrowable.of(deep, REDACT);
        int depth = 0;
        for (Throwable t = copy; t != null; t = t.getCause()) {
            depth++;
        }
        assertThat(depth).isEqualTo(RedactedThrowable.MAX_DEPTH + 1);
    }

    private static String print(Throwable t) {
        StringWriter out = new StringWriter();
        t.printStackTrace(new PrintWriter(out));
        return out.toString();
    }

    private static final class CyclicException extends RuntimeException {
        private static final long serialVersionUID = 1L;
        private Throwable cause;

        CyclicException(String message) {
            super(message);
        }

        @Override
        public synchronized Throwable getCause() {
            return cause;
        }
    }
}
