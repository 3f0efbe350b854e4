package dev.launchready.log4j2;

import dev.launchready.logging.LogFields;
import dev.launchready.redact.Redactor;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.apache.logging.log4j.Level;
import org.apache.logging.log4j.Marker;
import org.apache.logging.log4j.core.LogEvent;
import org.apache.logging.log4j.core.config.Property;
import org.apache.logging.log4j.core.impl.DefaultLogEventFactory;
import org.apache.logging.log4j.core.impl.Log4jLogEvent;
import org.apache.logging.log4j.core.impl.LogEventFactory;
import org.apache.logging.log4j.core.impl.MutableLogEvent;
import org.apache.logging.log4j.core.impl.ReusableLogEventFactory;
import org.apache.logging.log4j.core.util.Constants;
import org.apache.logging.log4j.message.MapMessage;
import org.apache.logging.log4j.message.Message;
import org.apache.logging.log4j.message.ParameterizedMessage;
import org.apache.logging.log4j.message.ReusableParameterizedMessage;
import org.apache.logging.log4j.message.SimpleMessage;
import org.apache.logging.log4j.message.StringMapMessage;
import org.apache.logging.log4j.util.ReadOnlyStringMap;
import org.apache.logging.log4j.util.SortedArrayStringMap;
import org.apache.logging.log4j.util.StringMap;

/**
 * Creates every Log4j2 event already redacted: the message (its formatted text, or each value of a
 * map message, judged with its key), the throwable chain, and the context data (MDC). Delegates the
 * creation itself to Log4j2's usual factory (the garbage-free one where Log4j2 would use it), so
 * nothing else about events changes. Never throws: a failing redaction keeps the line with its
 * message replaced.
 */
public final class RedactingLogEventFactory implements LogEventFactory {

    private static final String FAILED = "[REDACTED: LaunchReady could not redact this event]";
    private static final ThreadLocal<ContextMemo> CONTEXT_MEMO = ThreadLocal.withInitial(ContextMemo::new);

    private final LogEventFactory delegate;

    /** What {@code log4j2.logEventFactory} instantiates: wraps the factory Log4j2 would have chosen. */
    public RedactingLogEventFactory() {
        this(Constants.ENABLE_THREADLOCALS ? new ReusableLogEventFactory() : new DefaultLogEventFactory());
    }

    RedactingLogEventFactory(LogEventFactory delegate) {
        this.delegate = delegate;
    }

    @Override
    public LogEvent createEvent(String loggerName, Marker marker, String fqcn, Level level, Message data,
            List<Property> properties, Throwable t) {
        return createEvent(loggerName, marker, fqcn, null, level, data, properties, t);
    }

    @Override
    public LogEvent createEvent(String loggerName, Marker marker, String fqcn, StackTraceElement location,
            Level level, Message data, List<Property> properties, Throwable t) {
        Redactor redactor = Log4jRedaction.redactor();
        if (redactor == null) {
            return delegate.createEvent(loggerName, marker, fqcn, location, level, data, properties, t);
        }
        Message message = data;
        Throwable thrown = t;
        boolean failed = false;
        try {
            if (thrown == null && data != null) {
                thrown = data.getThrowable();
            }
            message = message(data, redactor);
            thrown = RedactedThrowable.of(thrown, redactor);
        } catch (RuntimeException | LinkageError | StackOverflowError e) {
            message = new SimpleMessage(FAILED);
            thrown = null;
            failed = true;
        }
        LogEvent event = delegate.createEvent(loggerName, marker, fqcn, location, level, message, properties, thrown);
        try {
            return failed ? event : withContext(event, redactor);
        } catch (RuntimeException | LinkageError | StackOverflowError e) {
            return withContextData(event, new SortedArrayStringMap());
        }
    }

    /**
     * An event made elsewhere (a ring-buffer event of an all-asynchronous logger), redacted: the same
     * instance when nothing in it matched, else an immutable copy holding the redacted parts. Never throws.
     */
    static LogEvent redacted(LogEvent event, Redactor redactor) {
        try {
            Message data = event.getMessage();
            Message message = message(data, redactor);
            Throwable thrown = event.getThrown();
            Throwable redactedThrown = RedactedThrowable.of(thrown, redactor);
            StringMap context = redactedContext(event.getContextData(), redactor);
            if (message == data && redactedThrown == thrown && context == null) {
                return event;
            }
            // The builder takes no stack-trace proxy from the event: the copy's is built from the redacted throwable.
            Log4jLogEvent.Builder copy = new Log4jLogEvent.Builder(event).setMessage(message).setThrown(redactedThrown);
            if (context != null) {
                copy.setContextData(context);
            }
            return copy.build();
        } catch (RuntimeException | LinkageError | StackOverflowError e) {
            return Log4jLogEvent.newBuilder().setLoggerName(event.getLoggerName()).setLevel(event.getLevel())
                    .setLoggerFqcn(event.getLoggerFqcn()).setTimeMillis(event.getTimeMillis())
                    .setThreadName(event.getThreadName()).setMessage(new SimpleMessage(FAILED)).build();
        }
    }

    private static Message message(Message data, Redactor redactor) {
        if (data == null) {
            return null;
        }
        if (data instanceof MapMessage<?, ?> map) {
            return mapMessage(map, redactor);
        }
        String formatted = data.getFormattedMessage();
        if (formatted == null) {
            return data;
        }
        String redacted;
        String template = data instanceof ParameterizedMessage p ? p.getFormat()
                : data instanceof ReusableParameterizedMessage r ? r.getFormat() : null;
        if (template != null) {
            // {} templates, formatted as SLF4J does: a template found clean once lets its messages be
            // read only around the arguments (LogFields.message checks every piece, else reads it all).
            LogFields.recurring(redactor, template);
            redacted = LogFields.message(redactor, template, formatted, data.getParameters());
        } else {
            redacted = redactor.redact(formatted);
        }
        return redacted == formatted ? data : new SimpleMessage(redacted);
    }

    private static Message mapMessage(MapMessage<?, ?> map, Redactor redactor) {
        Map<String, String> copy = null;
        ReadOnlyStringMap values = map.getIndexedReadOnlyStringMap();
        for (int i = 0; i < values.size(); i++) {
            String key = ((org.apache.logging.log4j.util.IndexedReadOnlyStringMap) values).getKeyAt(i);
            Object raw = ((org.apache.logging.log4j.util.IndexedReadOnlyStringMap) values).getValueAt(i);
            String text = raw == null ? null : String.valueOf(raw);
            String redacted = LogFields.value(redactor, key, text);
            if (redacted != text) {
                if (copy == null) {
                    copy = new HashMap<>();
                }
                copy.put(key, redacted);
            }
        }
        if (copy == null) {
            return map;
        }
        Map<String, String> all = new java.util.LinkedHashMap<>();
        for (int i = 0; i < values.size(); i++) {
            String key = ((org.apache.logging.log4j.util.IndexedReadOnlyStringMap) values).getKeyAt(i);
            Object raw = ((org.apache.logging.log4j.util.IndexedReadOnlyStringMap) values).getValueAt(i);
            all.put(key, copy.containsKey(key) ? copy.get(key) : raw == null ? null : String.valueOf(raw));
        }
        return new StringMapMessage(all);
    }

    private static LogEvent withContext(LogEvent event, Redactor redactor) {
        StringMap redacted = redactedContext(event.getContextData(), redactor);
        return redacted == null ? event : withContextData(event, redacted);
    }

    /** The context data redacted, or null when every value is clean. */
    private static StringMap redactedContext(ReadOnlyStringMap context, Redactor redactor) {
        if (context == null || context.isEmpty()) {
            return null;
        }
        // Copy-on-write context maps are frozen and shared until the MDC changes: one answer per thread.
        boolean frozen = context instanceof StringMap map && map.isFrozen();
        ContextMemo memo = CONTEXT_MEMO.get();
        StringMap redacted;
        if (frozen && memo.source == context && memo.redactor == redactor) {
            redacted = memo.answer;
        } else {
            redacted = redactContext(context, redactor);
            if (frozen) {
                memo.source = context;
                memo.redactor = redactor;
                memo.answer = redacted;
            }
        }
        return redacted;
    }

    /** A frozen redacted copy, or null when every value is clean. */
    private static StringMap redactContext(ReadOnlyStringMap context, Redactor redactor) {
        SortedArrayStringMap[] copy = {null};
        context.forEach((key, value) -> {
            String text = value == null ? null : String.valueOf(value);
            String redacted = LogFields.value(redactor, key, text);
            if (redacted != text) {
                if (copy[0] == null) {
                    copy[0] = new SortedArrayStringMap(context);
                }
                copy[0].putValue(key, redacted);
            }
        });
        if (copy[0] != null) {
            copy[0].freeze();
        }
        return copy[0];
    }

    private static LogEvent withContextData(LogEvent event, StringMap data) {
        if (event instanceof MutableLogEvent mutable) {
            mutable.setContextData(data);
            return mutable;
        }
        return new Log4jLogEvent.Builder(event).setContextData(data).build();
    }

    private static final class ContextMemo {
        ReadOnlyStringMap source;
        Redactor redactor;
        StringMap answer;
    }
}
