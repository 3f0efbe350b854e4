package dev.launchready.logging;

import dev.launchready.redact.Redactor;

/**
 * A bounded memory of String instances a redactor found clean, keyed by identity: message templates
 * and MDC values are the same instance event after event, and a String never changes, so a clean one
 * stays clean. Direct-mapped and racy by design: an entry is an immutable record, so a reader sees a
 * whole entry or an older one, and a miss only costs the scan it would have cost anyway.
 */
final class KnownClean {

    private static final int SIZE = 1024;
    /** Longer texts are not worth pinning: their scan dwarfs the lookup saved. */
    private static final int MAX_LENGTH = 2048;
    private static final Entry[] ENTRIES = new Entry[SIZE];

    /** {@code pieces}: for a template that allows windows, its text between the {@code {}}; else null. */
    private record Entry(Redactor redactor, String key, String text, String[] pieces) {
    }

    private KnownClean() {
    }

    static boolean contains(Redactor redactor, String key, String text) {
        Entry e = ENTRIES[slot(text)];
        return e != null && e.text == text && e.key == key && e.redactor == redactor;
    }

    static void add(Redactor redactor, String key, String text) {
        add(redactor, key, text, null);
    }

    static void add(Redactor redactor, String key, String text, String[] pieces) {
        if (text.length() <= MAX_LENGTH && (key == null || key.length() <= MAX_LENGTH)) {
            ENTRIES[slot(text)] = new Entry(redactor, key, text, pieces);
        }
    }

    /** The text around the {@code {}} of a template known clean, when its messages may be read in windows; else null. */
    static String[] pieces(Redactor redactor, String template) {
        Entry e = ENTRIES[slot(template)];
        return e != null && e.text == template && e.key == null && e.redactor == redactor ? e.pieces : null;
    }

    /**
     * The String's own hash, which it keeps once computed (a template's, from its first event on), not
     * the identity hash, which HotSpot must read from the object header; entries still match by identity.
     */
    private static int slot(String text) {
        int h = text.hashCode();
        return (h ^ (h >>> 16)) & (SIZE - 1);
    }
}
