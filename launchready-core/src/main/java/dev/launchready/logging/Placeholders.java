package dev.launchready.logging;

/**
 * A template's {@code {}} placeholders, and where the arguments put into them landed in the
 * formatted message. Walks the template as SLF4J's {@code MessageFormatter} and Log4j2's
 * {@code ParameterFormatter} do (left to right, {@code {}} not overlapping), and then checks every
 * piece of template text against the message instead of trusting the walk: anything unexpected
 * (an escaped placeholder, an array argument, a count that differs, a piece not where it should
 * be) answers null, and the caller reads the whole message.
 */
final class Placeholders {

    private Placeholders() {
    }

    /** Offsets of the template's {@code {}}; null when one is escaped ({@code \{}}): formatters disagree on those. */
    static int[] of(String template) {
        int count = 0;
        for (int i = template.indexOf("{}"); i >= 0; i = template.indexOf("{}", i + 2)) {
            if (i > 0 && template.charAt(i - 1) == '\\') {
                return null;
            }
            count++;
        }
        int[] at = new int[count];
        int k = 0;
        for (int i = template.indexOf("{}"); i >= 0; i = template.indexOf("{}", i + 2)) {
            at[k++] = i;
        }
        return at;
    }

    /** The template's text around its placeholders at {@code at}: one more piece than placeholders. */
    static String[] pieces(String template, int[] at) {
        String[] pieces = new String[at.length + 1];
        int from = 0;
        for (int i = 0; i < at.length; i++) {
            pieces[i] = template.substring(from, at[i]);
            from = at[i] + 2;
        }
        pieces[at.length] = template.substring(from);
        return pieces;
    }

    /**
     * Offset pairs of each argument's text in {@code formatted}, or null when the message is not
     * exactly the template's {@code pieces} with one argument per placeholder between them. Only
     * arguments before the last are printed (to know their length); the last one is what lies between
     * the last two pieces.
     */
    static int[] arguments(String[] pieces, String formatted, Object[] args) {
        int count = pieces.length - 1;
        if (args == null || count == 0 || args.length != count) {
            return null;
        }
        int[] spans = new int[2 * count];
        int m = 0;
        for (int i = 0; i < count; i++) {
            Object arg = args[i];
            if (arg != null && arg.getClass().isArray()) {
                return null; // printed element by element, differently by each formatter
            }
            if (!at(formatted, pieces[i], m)) {
                return null;
            }
            m += pieces[i].length();
            spans[2 * i] = m;
            if (i < count - 1) {
                int length = length(arg);
                if (length < 0) {
                    return null;
                }
                m += length;
            } else {
                String tail = pieces[count];
                int end = formatted.length() - tail.length();
                if (end < m || !at(formatted, tail, end)) {
                    return null;
                }
                m = end;
            }
            spans[2 * i + 1] = m;
        }
        return spans;
    }

    /**
     * Whether {@code piece} stands at {@code offset} of {@code text}. Asked through {@code indexOf},
     * which HotSpot compares many chars at a time, where {@code regionMatches} takes one at a time:
     * a template's pieces are most of the message, so this check is most of what windows cost.
     */
    private static boolean at(String text, String piece, int offset) {
        return piece.isEmpty() ? offset <= text.length() : text.indexOf(piece, offset) == offset;
    }

    /** The length of the argument as printed, or -1 when it cannot be printed. */
    private static int length(Object arg) {
        if (arg instanceof String s) {
            return s.length();
        }
        try {
            return String.valueOf(arg).length();
        } catch (RuntimeException | LinkageError e) {
            return -1;
        }
    }
}
