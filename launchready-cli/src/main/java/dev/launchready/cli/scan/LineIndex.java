package dev.launchready.cli.scan;

import java.util.Arrays;

/** Offsets of the line starts in a text, for offset to line and column in O(log lines). */
final class LineIndex {

    private final int[] starts;
    private final int count;

    LineIndex(CharSequence text) {
        int[] s = new int[64];
        int n = 1;
        for (int i = 0; i < text.length(); i++) {
            if (text.charAt(i) == '\n') {
                if (n == s.length) {
                    s = Arrays.copyOf(s, n * 2);
                }
                s[n++] = i + 1;
            }
        }
        this.starts = s;
        this.count = n;
    }

    /** The 1-based line holding {@code offset}. */
    int line(int offset) {
        int i = Arrays.binarySearch(starts, 0, count, offset);
        return (i >= 0 ? i : -i - 2) + 1;
    }

    /** The 1-based column of {@code offset} on {@code line}. */
    int column(int line, int offset) {
        return offset - starts[line - 1] + 1;
    }
}
