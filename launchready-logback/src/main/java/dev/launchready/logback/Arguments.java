package dev.launchready.logback;

import dev.launchready.logging.LogFields;
import dev.launchready.redact.Redactor;
import java.util.Arrays;

/**
 * A redacted event's arguments, judged on first use: a pattern layout prints the formatted message
 * only, so the arguments of most events are never read, and scanning them would be wasted.
 */
final class Arguments {

    private final Redactor redactor;
    private final String template;
    private final Object[] raw;
    private final String redactedMessage;
    private volatile Object[] redacted;

    /** {@code redactor} null: {@code raw} is already the answer. */
    Arguments(Redactor redactor, String template, Object[] raw, String redactedMessage) {
        this.redactor = redactor;
        this.template = template;
        this.raw = raw;
        this.redactedMessage = redactedMessage;
    }

    Object[] get() {
        if (redactor == null || raw == null) {
            return raw;
        }
        Object[] answer = redacted;
        if (answer == null) {
            try {
                answer = LogFields.arguments(redactor, template, raw, redactedMessage);
            } catch (RuntimeException | LinkageError | StackOverflowError e) {
                answer = new Object[raw.length];
                Arrays.fill(answer, LogFields.REDACTED); // never the raw ones: they may hold the secret
            }
            redacted = answer; // racing threads compute the same answer
        }
        return answer;
    }
}
