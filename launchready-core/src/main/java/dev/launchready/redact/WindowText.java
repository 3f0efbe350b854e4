package dev.launchready.redact;

import java.util.Objects;

/**
 * A stretch of a line read in place (no copy), as a windowed scan sees it. Records the farthest
 * char a detector asked for, so the scan can tell when one read to the stretch's end and might
 * have gone on in the whole line. The prefilter's bulk copy is not counted: it reads everything.
 */
final class WindowText implements CharSequence {

    String line;
    int from;
    private int length;
    int farthest;

    void reset(String line, int from, int to) {
        this.line = line;
        this.from = from;
        this.length = to - from;
        this.farthest = -1;
    }

    @Override
    public int length() {
        return length;
    }

    @Override
    public char charAt(int index) {
        if (index < 0 || index >= length) {
            throw new IndexOutOfBoundsException(index);
        }
        if (index > farthest) {
            farthest = index;
        }
        return line.charAt(from + index);
    }

    @Override
    public CharSequence subSequence(int start, int end) {
        Objects.checkFromToIndex(start, end, length);
        if (end - 1 > farthest) {
            farthest = end - 1;
        }
        return line.substring(from + start, from + end);
    }

    @Override
    public String toString() {
        return line.substring(from, from + length);
    }
}
