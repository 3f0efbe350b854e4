package dev.launchready.log4j2;

import dev.launchready.redact.Redactor;
import java.util.IdentityHashMap;
import java.util.Map;

/**
 * A copy of a throwable chain whose messages (causes and suppressed included) are redacted. Prints
 * as the original class with the original frames; cycles are copied as cycles. Made only when some
 * message in the chain changed or could not be read.
 */
final class RedactedThrowable extends Throwable {

    private final String className;

    private RedactedThrowable(String className, String message) {
        // Not the (message, cause, ...) constructor: it fixes the cause to null and initCause would refuse the copy's.
        super(message);
        this.className = className;
    }

    @Override
    public synchronized Throwable fillInStackTrace() {
        return this; // the original's frames are set instead
    }

    /** {@code thrown} itself when no message in its chain needs redacting. */
    static Throwable of(Throwable thrown, Redactor redactor) {
        if (thrown == null) {
            return null;
        }
        Map<Throwable, String> messages = new IdentityHashMap<>();
        if (!needsCopy(thrown, redactor, messages)) {
            return thrown;
        }
        return copy(thrown, messages, new IdentityHashMap<>());
    }

    /** The original class's name, as logged. */
    String originalClassName() {
        return className;
    }

    @Override
    public String toString() {
        String message = getLocalizedMessage();
        return message == null ? className : className + ": " + message;
    }

    private static boolean needsCopy(Throwable thrown, Redactor redactor, Map<Throwable, String> messages) {
        if (thrown == null || messages.containsKey(thrown)) {
            return false;
        }
        String message;
        boolean changed;
        try {
            message = thrown.getMessage();
            String redacted = message == null ? null : redactor.redact(message);
            changed = redacted != message;
            message = redacted;
        } catch (RuntimeException | LinkageError e) {
            message = "[message unreadable: getMessage() threw " + e.getClass().getName() + "]";
            changed = true;
        }
        messages.put(thrown, message);
        changed |= needsCopy(thrown.getCause(), redactor, messages);
        for (Throwable suppressed : thrown.getSuppressed()) {
            changed |= needsCopy(suppressed, redactor, messages);
        }
        return changed;
    }

    private static Throwable copy(Throwable thrown, Map<Throwable, String> messages, Map<Throwable, Throwable> copies) {
        Throwable done = copies.get(thrown);
        if (done != null) {
            return done;
        }
        RedactedThrowable copy = new RedactedThrowable(thrown.getClass().getName(), messages.get(thrown));
        copies.put(thrown, copy);
        copy.setStackTrace(thrown.getStackTrace());
        Throwable cause = thrown.getCause();
        if (cause != null && cause != thrown) {
            copy.initCause(copy(cause, messages, copies));
        }
        for (Throwable suppressed : thrown.getSuppressed()) {
            if (suppressed != null && suppressed != thrown) {
                copy.addSuppressed(copy(suppressed, messages, copies));
            }
        }
        return copy;
    }
}
