package dev.launchready.logging;

import dev.launchready.redact.Redactor;

/**
 * Redaction of the structured parts of a log event, shared by the Logback and Log4j2 modules: a field
 * is judged with its key in front ({@code password=hunter2}), because the value alone often looks
 * harmless; a message's arguments are judged against the message they were formatted into.
 */
public final class LogFields {

    /** Stands for a value that cannot be shown: its text was part of a secret, or it could not be printed. */
    public static final String REDACTED = "[REDACTED]";

    private LogFields() {
    }

    /**
     * {@code value} of the field {@code key}, redacted; the same instance when nothing was found.
     * Allocates one joined string per scan; a key and value instance found clean before are not scanned again.
     */
    public static String value(Redactor redactor, String key, String value) {
        if (value == null) {
            return null;
        }
        if (KnownClean.contains(redactor, key, value)) {
            return value;
        }
        String alone = redactor.redact(value);
        if (key == null || key.isEmpty()) {
            if (alone == value) {
                KnownClean.add(redactor, key, value);
            }
            return alone;
        }
        String prefix = key + "=";
        String joined = prefix + value;
        String redacted = redactor.redact(joined);
        if (redacted == joined) {
            if (alone == value) {
                KnownClean.add(redactor, key, value);
            }
            return alone;
        }
        if (redacted.startsWith(prefix)) {
            return redacted.substring(prefix.length());
        }
        return alone != value ? alone : REDACTED;
    }

    /**
     * {@code text} redacted, for text logged again and again as the same String instance, such as a
     * message template: a bounded number of instances found clean are remembered, so a repeat costs
     * one lookup instead of a scan.
     */
    public static String recurring(Redactor redactor, String text) {
        if (text == null) {
            return null;
        }
        if (KnownClean.contains(redactor, null, text)) {
            return text;
        }
        String redacted = redactor.redact(text);
        if (redacted == text) {
            int[] at = redactor.allowsWindows(text) ? Placeholders.of(text) : null;
            KnownClean.add(redactor, null, text, at == null ? null : Placeholders.pieces(text, at));
        }
        return redacted;
    }

    /**
     * The message {@code formatted} from {@code template} and {@code args} (SLF4J/Log4j2 {@code {}}
     * placeholders), redacted; the same instance when nothing was found. When {@link #recurring}
     * found the template clean, and the message is shown to be exactly the template's pieces with
     * the arguments between them, only windows around the arguments are read; on any doubt, the
     * whole message.
     */
    public static String message(Redactor redactor, String template, String formatted, Object[] args) {
        if (formatted == null) {
            return null;
        }
        if (template == formatted) {
            return recurring(redactor, formatted);
        }
        String[] pieces = template == null ? null : KnownClean.pieces(redactor, template);
        int[] spans = pieces == null ? null : Placeholders.arguments(pieces, formatted, args);
        return spans == null ? redactor.redact(formatted) : redactor.redactWindows(formatted, spans, args.length);
    }

    /**
     * The arguments of a message, redacted; the same array when nothing changed. When the formatted
     * message was not changed ({@code redactedMessage == null}), the arguments its placeholders consumed
     * are clean as shown and only the extra ones (structured arguments appended without a placeholder)
     * are judged; when it was changed, every argument is, and one whose text no longer appears in the
     * redacted message (it was part of a secret, as in {@code "password={}"}) becomes {@link #REDACTED}.
     */
    public static Object[] arguments(Redactor redactor, String template, Object[] args, String redactedMessage) {
        if (args == null || args.length == 0) {
            return args;
        }
        int consumed = placeholders(template, args.length);
        int first = redactedMessage == null ? consumed : 0;
        Object[] copy = null;
        for (int i = first; i < args.length; i++) {
            Object arg = args[i];
            if (arg == null || arg instanceof Boolean || arg instanceof Integer || arg instanceof Short
                    || arg instanceof Byte || arg instanceof Character || arg instanceof Enum<?>) {
                continue;
            }
            String text;
            try {
                text = String.valueOf(arg);
            } catch (RuntimeException | LinkageError e) {
                text = null;
            }
            String replacement;
            if (text == null) {
                replacement = REDACTED;
            } else {
                String redacted = redactor.redact(text);
                if (redacted != text) {
                    replacement = redacted;
                } else if (redactedMessage != null && i < consumed && !redactedMessage.contains(text)) {
                    replacement = REDACTED;
                } else {
                    continue;
                }
            }
            if (copy == null) {
                copy = args.clone();
            }
            copy[i] = replacement;
        }
        return copy == null ? args : copy;
    }

    /** How many {@code {}} placeholders a SLF4J/Log4j2 template has; escaped ones are not counted. */
    static int placeholders(String template) {
        return placeholders(template, Integer.MAX_VALUE);
    }

    /** Counting stops at {@code limit}: only as many as there are arguments matter. */
    private static int placeholders(String template, int limit) {
        if (template == null) {
            return 0;
        }
        int count = 0;
        for (int i = template.indexOf("{}"); i >= 0 && count < limit; i = template.indexOf("{}", i + 2)) {
            if (i == 0 || template.charAt(i - 1) != '\\') {
                count++;
            }
        }
        return count;
    }
}
