package dev.launchready.logback;

import ch.qos.logback.classic.spi.ILoggingEvent;
import ch.qos.logback.classic.spi.IThrowableProxy;
import dev.launchready.logging.LogFields;
import dev.launchready.redact.Redactor;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.slf4j.Marker;
import org.slf4j.MarkerFactory;
import org.slf4j.event.KeyValuePair;
import org.slf4j.helpers.BasicMarker;

/**
 * Turns an event into its redacted view, or returns it unchanged (no allocation) when nothing in it
 * matched. Never throws: if redaction itself fails, the line is kept with its message replaced.
 */
final class EventRedaction {

    /** Per thread: the last event and its answer (one event meets every wrapped appender in turn), and the last MDC map. */
    private static final ThreadLocal<Memo> MEMO = ThreadLocal.withInitial(Memo::new);

    private EventRedaction() {
    }

    static ILoggingEvent redact(ILoggingEvent event, Redactor redactor) {
        Memo memo = MEMO.get();
        if (memo.event == event && memo.redactor == redactor) {
            return memo.answer;
        }
        ILoggingEvent answer;
        try {
            answer = compute(event, redactor, memo);
        } catch (RuntimeException | LinkageError | StackOverflowError e) {
            String failed = FAILED + ": " + e.getClass().getSimpleName() + "]";
            answer = new RedactedEvent(event, failed, failed, new Arguments(null, null, null, null), null,
                    Collections.emptyMap(), null, null);
        }
        memo.event = event;
        memo.redactor = redactor;
        memo.answer = answer;
        return answer;
    }

    private static final String FAILED = "[REDACTED: LaunchReady could not redact this event";

    private static ILoggingEvent compute(ILoggingEvent event, Redactor redactor, Memo memo) {
        String formatted = event.getFormattedMessage();
        String template = event.getMessage();
        Object[] args = event.getArgumentArray();
        // A template is the same String instance event after event: scanned once, then remembered as
        // clean, so its message is read only around the arguments (LogFields.message).
        String redactedTemplate = LogFields.recurring(redactor, template);
        String redactedFormatted = template == formatted ? redactedTemplate
                : LogFields.message(redactor, template, formatted, args);
        boolean messageChanged = redactedFormatted != formatted;
        // A changed message makes a new event anyway: its arguments are judged only if an encoder asks for them.
        Object[] redactedArgs = messageChanged ? null : LogFields.arguments(redactor, template, args, null);

        IThrowableProxy throwable = event.getThrowableProxy();
        IThrowableProxy redactedThrowable = RedactedThrowable.of(throwable, redactor);

        Map<String, String> mdc = event.getMDCPropertyMap();
        Map<String, String> redactedMdc = mdc(mdc, redactor, memo);

        List<KeyValuePair> pairs = event.getKeyValuePairs();
        List<KeyValuePair> redactedPairs = pairs(pairs, redactor);

        List<Marker> markers = event.getMarkerList();
        List<Marker> redactedMarkers = markers(markers, redactor);

        if (!messageChanged && redactedTemplate == template && redactedArgs == args && redactedThrowable == throwable
                && redactedMdc == mdc && redactedPairs == pairs && redactedMarkers == markers) {
            return event;
        }
        Arguments arguments = messageChanged ? new Arguments(redactor, template, args, redactedFormatted)
                : new Arguments(null, template, redactedArgs, null);
        return new RedactedEvent(event, redactedTemplate, redactedFormatted, arguments, redactedThrowable,
                redactedMdc, redactedPairs, redactedMarkers);
    }

    /** Logback hands out the same read-only MDC map until the MDC changes, so one answer per thread serves many events. */
    private static Map<String, String> mdc(Map<String, String> mdc, Redactor redactor, Memo memo) {
        if (mdc == null || mdc.isEmpty()) {
            return mdc;
        }
        if (memo.mdc == mdc && memo.mdcRedactor == redactor) {
            return memo.mdcAnswer;
        }
        Map<String, String> copy = null;
        for (Map.Entry<String, String> entry : mdc.entrySet()) {
            String value = entry.getValue();
            String redacted = LogFields.value(redactor, entry.getKey(), value);
            if (redacted != value) {
                if (copy == null) {
                    copy = new LinkedHashMap<>(mdc);
                }
                copy.put(entry.getKey(), redacted);
            }
        }
        Map<String, String> answer = copy == null ? mdc : Collections.unmodifiableMap(copy);
        memo.mdc = mdc;
        memo.mdcRedactor = redactor;
        memo.mdcAnswer = answer;
        return answer;
    }

    private static List<KeyValuePair> pairs(List<KeyValuePair> pairs, Redactor redactor) {
        if (pairs == null || pairs.isEmpty()) {
            return pairs;
        }
        List<KeyValuePair> copy = null;
        for (int i = 0; i < pairs.size(); i++) {
            KeyValuePair pair = pairs.get(i);
            if (pair == null || pair.value == null) {
                continue;
            }
            String text = text(pair.value);
            String redacted = LogFields.value(redactor, pair.key, text);
            if (redacted != text) {
                if (copy == null) {
                    copy = new ArrayList<>(pairs);
                }
                copy.set(i, new KeyValuePair(pair.key, redacted));
            }
        }
        return copy == null ? pairs : Collections.unmodifiableList(copy);
    }

    /**
     * A plain SLF4J marker is a constant name; other markers (logstash-logback-encoder's
     * {@code Markers.append("k", v)}) carry values and print them in {@code toString()}. A marker whose
     * text holds a secret is replaced by a detached marker named by its redacted text.
     */
    @SuppressWarnings("deprecation") // hasReferences: the only way to see a plain marker's children
    private static List<Marker> markers(List<Marker> markers, Redactor redactor) {
        if (markers == null || markers.isEmpty()) {
            return markers;
        }
        List<Marker> copy = null;
        for (int i = 0; i < markers.size(); i++) {
            Marker marker = markers.get(i);
            if (marker == null || (marker.getClass() == BasicMarker.class && !marker.hasReferences())) {
                continue;
            }
            String text = text(marker);
            String redacted = redactor.redact(text);
            if (redacted != text) {
                if (copy == null) {
                    copy = new ArrayList<>(markers);
                }
                copy.set(i, MarkerFactory.getDetachedMarker(redacted));
            }
        }
        return copy == null ? markers : Collections.unmodifiableList(copy);
    }

    private static String text(Object value) {
        try {
            return String.valueOf(value);
        } catch (RuntimeException | LinkageError e) {
            return LogFields.REDACTED;
        }
    }

    private static final class Memo {
        ILoggingEvent event;
        Redactor redactor;
        ILoggingEvent answer;
        Map<String, String> mdc;
        Redactor mdcRedactor;
        Map<String, String> mdcAnswer;
    }
}
