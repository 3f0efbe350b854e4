package dev.launchready.logback;

import ch.qos.logback.classic.spi.IThrowableProxy;
import ch.qos.logback.classic.spi.StackTraceElementProxy;
import dev.launchready.redact.Redactor;
import java.util.IdentityHashMap;
import java.util.Map;

/**
 * A throwable as Logback renders it, with the messages of it, its causes and its suppressed ones
 * redacted; class names and frames (code, not data) are kept. Cycles are copied as cycles.
 */
final class RedactedThrowable implements IThrowableProxy {

    private final IThrowableProxy original;
    private final String message;
    private final String overridingMessage;
    private IThrowableProxy cause;
    private IThrowableProxy[] suppressed;

    private RedactedThrowable(IThrowableProxy original, String message, String overridingMessage) {
        this.original = original;
        this.message = message;
        this.overridingMessage = overridingMessage;
    }

    /** {@code proxy} itself when no message in its chain holds anything to redact. */
    static IThrowableProxy of(IThrowableProxy proxy, Redactor redactor) {
        if (proxy == null) {
            return null;
        }
        boolean[] changed = {false};
        IThrowableProxy copy = copy(proxy, redactor, new IdentityHashMap<>(), changed);
        return changed[0] ? copy : proxy;
    }

    private static IThrowableProxy copy(IThrowableProxy proxy, Redactor redactor,
            Map<IThrowableProxy, IThrowableProxy> copies, boolean[] changed) {
        if (proxy == null) {
            return null;
        }
        IThrowableProxy done = copies.get(proxy);
        if (done != null) {
            return done;
        }
        String message = proxy.getMessage();
        String redacted = message == null ? null : redactor.redact(message);
        String overriding = proxy.getOverridingMessage();
        String redactedOverriding = overriding == null ? null : redactor.redact(overriding);
        changed[0] |= redacted != message || redactedOverriding != overriding;
        RedactedThrowable copy = new RedactedThrowable(proxy, redacted, redactedOverriding);
        copies.put(proxy, copy);
        copy.cause = copy(proxy.getCause(), redactor, copies, changed);
        IThrowableProxy[] suppressed = proxy.getSuppressed();
        if (suppressed != null) {
            copy.suppressed = new IThrowableProxy[suppressed.length];
            for (int i = 0; i < suppressed.length; i++) {
                copy.suppressed[i] = copy(suppressed[i], redactor, copies, changed);
            }
        }
        return copy;
    }

    @Override
    public String getMessage() {
        return message;
    }

    @Override
    public String getOverridingMessage() {
        return overridingMessage;
    }

    @Override
    public String getClassName() {
        return original.getClassName();
    }

    @Override
    public StackTraceElementProxy[] getStackTraceElementProxyArray() {
        return original.getStackTraceElementProxyArray();
    }

    @Override
    public int getCommonFrames() {
        return original.getCommonFrames();
    }

    @Override
    public IThrowableProxy getCause() {
        return cause;
    }

    @Override
    public IThrowableProxy[] getSuppressed() {
        return suppressed;
    }

    @Override
    public boolean isCyclic() {
        return original.isCyclic();
    }
}
