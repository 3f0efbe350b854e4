package dev.launchready.logback;

import ch.qos.logback.classic.Level;
import ch.qos.logback.classic.spi.ILoggingEvent;
import ch.qos.logback.classic.spi.IThrowableProxy;
import ch.qos.logback.classic.spi.LoggerContextVO;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import org.slf4j.Marker;
import org.slf4j.event.KeyValuePair;

/** An event seen through its redacted parts; everything else is the original's. */
final class RedactedEvent implements ILoggingEvent {

    private final ILoggingEvent original;
    private final String message;
    private final String formattedMessage;
    private final Arguments arguments;
    private final IThrowableProxy throwable;
    private final Map<String, String> mdc;
    private final List<KeyValuePair> keyValuePairs;
    private final List<Marker> markers;

    RedactedEvent(ILoggingEvent original, String message, String formattedMessage, Arguments arguments,
            IThrowableProxy throwable, Map<String, String> mdc, List<KeyValuePair> keyValuePairs, List<Marker> markers) {
        this.original = original;
        this.message = message;
        this.formattedMessage = formattedMessage;
        this.arguments = arguments;
        this.throwable = throwable;
        this.mdc = mdc;
        this.keyValuePairs = keyValuePairs;
        this.markers = markers;
    }

    @Override
    public String getMessage() {
        return message;
    }

    @Override
    public String getFormattedMessage() {
        return formattedMessage;
    }

    @Override
    public Object[] getArgumentArray() {
        return arguments.get();
    }

    @Override
    public IThrowableProxy getThrowableProxy() {
        return throwable;
    }

    @Override
    public Map<String, String> getMDCPropertyMap() {
        return mdc;
    }

    @Override
    @SuppressWarnings("deprecation")
    public Map<String, String> getMdc() {
        return mdc;
    }

    @Override
    public List<KeyValuePair> getKeyValuePairs() {
        return keyValuePairs;
    }

    @Override
    public List<Marker> getMarkerList() {
        return markers;
    }

    @Override
    public String getThreadName() {
        return original.getThreadName();
    }

    @Override
    public Level getLevel() {
        return original.getLevel();
    }

    @Override
    public String getLoggerName() {
        return original.getLoggerName();
    }

    @Override
    public LoggerContextVO getLoggerContextVO() {
        return original.getLoggerContextVO();
    }

    @Override
    public StackTraceElement[] getCallerData() {
        return original.getCallerData();
    }

    @Override
    public boolean hasCallerData() {
        return original.hasCallerData();
    }

    @Override
    public long getTimeStamp() {
        return original.getTimeStamp();
    }

    @Override
    public int getNanoseconds() {
        return original.getNanoseconds();
    }

    @Override
    public Instant getInstant() {
        return original.getInstant();
    }

    @Override
    public long getSequenceNumber() {
        return original.getSequenceNumber();
    }

    @Override
    public void prepareForDeferredProcessing() {
        // The original fixes its thread name and caller data. The arguments stay unjudged: every
        // OutputStreamAppender calls this on every event, and a pattern layout never reads them. Judged
        // later (an async appender's encoder), an argument whose text changed meanwhile is judged as it
        // reads then, or becomes [REDACTED] when that text is not in the message as logged.
        original.prepareForDeferredProcessing();
    }

    @Override
    public String toString() {
        return "[" + getLevel() + "] " + formattedMessage;
    }
}
