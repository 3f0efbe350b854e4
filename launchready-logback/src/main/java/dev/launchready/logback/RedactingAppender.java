package dev.launchready.logback;

import ch.qos.logback.classic.spi.ILoggingEvent;
import ch.qos.logback.core.Appender;
import ch.qos.logback.core.Context;
import ch.qos.logback.core.filter.Filter;
import ch.qos.logback.core.spi.FilterReply;
import ch.qos.logback.core.status.Status;
import java.util.List;

/**
 * Stands in for one of the app's appenders and hands it the redacted event. Everything else (name,
 * filters, lifecycle) is the wrapped appender's own, so configuration and {@code stop()} reach it.
 */
final class RedactingAppender implements Appender<ILoggingEvent> {

    private final Appender<ILoggingEvent> delegate;
    private final LogRedaction redaction;

    RedactingAppender(Appender<ILoggingEvent> delegate, LogRedaction redaction) {
        this.delegate = delegate;
        this.redaction = redaction;
    }

    Appender<ILoggingEvent> delegate() {
        return delegate;
    }

    @Override
    public void doAppend(ILoggingEvent event) {
        delegate.doAppend(EventRedaction.redact(event, redaction.redactor()));
    }

    @Override
    public String getName() {
        return delegate.getName();
    }

    @Override
    public void setName(String name) {
        delegate.setName(name);
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
    public void setContext(Context context) {
        delegate.setContext(context);
    }

    @Override
    public Context getContext() {
        return delegate.getContext();
    }

    @Override
    public void addStatus(Status status) {
        delegate.addStatus(status);
    }

    @Override
    public void addInfo(String msg) {
        delegate.addInfo(msg);
    }

    @Override
    public void addInfo(String msg, Throwable ex) {
        delegate.addInfo(msg, ex);
    }

    @Override
    public void addWarn(String msg) {
        delegate.addWarn(msg);
    }

    @Override
    public void addWarn(String msg, Throwable ex) {
        delegate.addWarn(msg, ex);
    }

    @Override
    public void addError(String msg) {
        delegate.addError(msg);
    }

    @Override
    public void addError(String msg, Throwable ex) {
        delegate.addError(msg, ex);
    }

    @Override
    public void addFilter(Filter<ILoggingEvent> newFilter) {
        delegate.addFilter(newFilter);
    }

    @Override
    public void clearAllFilters() {
        delegate.clearAllFilters();
    }

    @Override
    public List<Filter<ILoggingEvent>> getCopyOfAttachedFiltersList() {
        return delegate.getCopyOfAttachedFiltersList();
    }

    @Override
    public FilterReply getFilterChainDecision(ILoggingEvent event) {
        return delegate.getFilterChainDecision(event);
    }

    @Override
    public String toString() {
        return "redacting " + delegate;
    }
}
