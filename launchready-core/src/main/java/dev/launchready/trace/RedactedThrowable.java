package dev.launchready.trace;

import java.util.IdentityHashMap;
import java.util.Map;
import java.util.Objects;
import java.util.function.UnaryOperator;

/**
 * A copy of a failure that is safe to log: the same stack frames, every message (of causes and
 * suppressed ones too) passed through the redactor and led by the original's class name. Logged instead of the original where
 * LaunchReady itself logs an app's exception, so a JDBC URL or token in a message never reaches the log,
 * whichever logging backend the app uses.
 */
public final class RedactedThrowable extends RuntimeException {

    private static final long serialVersionUID = 1L;
    static final int MAX_DEPTH = 32;

    private final String className;

    private RedactedThrowable(String className, String message, RedactedThrowable cause) {
        super(message, cause, true, true);
        this.className = className;
    }

    /** Never throws, whatever {@code failure}'s {@code getMessage()} or cause chain does. */
    public static RedactedThrowable of(Throwable failure, UnaryOperator<String> redact) {
        Objects.requireNonNull(failure, "failure");
        Objects.requireNonNull(redact, "redact");
        try {
            return copy(failure, redact, new IdentityHashMap<>(), 0);
        } catch (RuntimeException | StackOverflowError e) {
            return new RedactedThrowable(failure.getClass().getName(), "[message withheld]", null);
        }
    }

    /** The original's class name. */
    public String className() {
        return className;
    }

    /** {@code java.sql.SQLException: <redacted message>}, as the original would print. */
    @Override
    public String toString() {
        return getMessage();
    }

    /** Causes first, since a cause is fixed at construction; {@code seen} cuts cycles and shared causes. */
    private static RedactedThrowable copy(Throwable t, UnaryOperator<String> redact,
            Map<Throwable, Boolean> seen, int depth) {
        seen.put(t, Boolean.TRUE);
        Throwable cause = depth >= MAX_DEPTH ? null : safeCause(t);
        RedactedThrowable causeCopy = cause == null || cause == t || seen.containsKey(cause) ? null
                : copy(cause, redact, seen, depth + 1);
        String message = message(t, redact);
        // Logging backends print this class's name; the original's leads the message so the line still reads
        // "java.sql.SQLException: ...".
        String className = t.getClass().getName();
        RedactedThrowable copy = new RedactedThrowable(className,
                message == null ? className : className + ": " + message, causeCopy);
        try {
            copy.setStackTrace(t.getStackTrace());
        } catch (RuntimeException e) {
            // frames are a help, not a need
        }
        if (depth >= MAX_DEPTH) {
            return copy;
        }
        Throwable[] suppressed;
        try {
            suppressed = t.getSuppressed();
        } catch (RuntimeException e) {
            suppressed = new Throwable[0];
        }
        for (Throwable s : suppressed) {
            if (s != null && !seen.containsKey(s)) {
                copy.addSuppressed(copy(s, redact, seen, depth + 1));
            }
        }
        return copy;
    }

    private static String message(Throwable t, UnaryOperator<String> redact) {
        String message;
        try {
            message = t.getMessage();
        } catch (RuntimeException | LinkageError e) {
            return "[message unavailable: getMessage() threw " + e.getClass().getName() + "]";
        }
        if (message == null) {
            return null;
        }
        try {
            return redact.apply(message);
        } catch (RuntimeException e) {
            return "[message withheld]"; // unredacted text never goes out
        }
    }

    private static Throwable safeCause(Throwable t) {
        try {
            return t.getCause();
        } catch (RuntimeException e) {
            return null;
        }
    }
}
