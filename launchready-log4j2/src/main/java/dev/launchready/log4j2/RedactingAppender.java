package dev.launchready.log4j2;

import dev.launchready.redact.Redactor;
import java.io.Serializable;
import org.apache.logging.log4j.core.Appender;
import org.apache.logging.log4j.core.ErrorHandler;
import org.apache.logging.log4j.core.Layout;
import org.apache.logging.log4j.core.LogEvent;

/**
 * Stands in for one of a logger's appenders where events are not made by the event factory: with
 * all-asynchronous loggers ({@code AsyncLoggerContextSelector}) Log4j2 fills ring-buffer events itself,
 * so the redaction happens here, on the thread that drains the ring buffer, before the app's appender
 * sees the event. Everything else (name, layout, handler, lifecycle) is the wrapped appender's own.
 */
final class RedactingAppender implements Appender {

    private final Appender delegate;

    RedactingAppender(Appender delegate) {
        this.delegate = delegate;
    }

    @Override
    public void append(LogEvent event) {
        Redactor redactor = Log4jRedaction.redactor();
        delegate.append(redactor == null ? event : RedactingLogEventFactory.redacted(event, redactor));
    }

    @Override
    public String getName() {
        return delegate.getName();
    }

    @Override
    public Layout<? extends Serializable> getLayout() {
        return delegate.getLayout();
    }

    @Override
    public boolean ignoreExceptions() {
        return delegate.ignoreExceptions();
    }

    @Override
    public ErrorHandler getHandler() {
        return delegate.getHandler();
    }

    @Override
    public void setHandler(ErrorHandler handler) {
        delegate.setHandler(handler);
    }

    @Override
    public State getState() {
        return delegate.getState();
    }

    @Override
    public void initialize() {
        delegate.initialize();
    }

    @Override
    public void start() {
        delegate.start();
    }

    @Override
    public void stop() {
        delegate.stop();
    }

    @Override
    public boolean isStarted() {
        return delegate.isStarted();
    }

    @Override
    public boolean isStopped() {
        return delegate.isStopped();
    }

    @Override
    public String toString() {
        return "Redacting[" + delegate + "]";
    }
}
