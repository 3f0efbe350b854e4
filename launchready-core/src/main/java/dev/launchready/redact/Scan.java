package dev.launchready.redact;

import java.util.Arrays;

/**
 * The state of one pass over one line: the findings so far and, per detector, how far the line has
 * already been read, so that no character is re-read by the same detector (what keeps 1 MiB of
 * repeated prefixes linear). Pooled by {@link Engine}; a clean line allocates nothing.
 */
final class Scan {

    private static final int KEEP = 256;

    CharSequence text;
    /** The stretch a windowed scan reads: reused, so a window allocates nothing. */
    final WindowText window = new WindowText();
    /** The part of the line the prefilter is reading. */
    final char[] chunk = new char[Engine.CHUNK];
    int n;
    int[] start = new int[16];
    int[] end = new int[16];
    String[] label = new String[16];
    int[] priority = new int[16];
    int count;
    /** Triggers of every kind but provider tokens are ignored before this: a value already taken. */
    int claimedEnd;
    int tokenClaimEnd;
    int keySkip;
    int mailSkip;
    int jwtSkip;
    int thinSkip;
    int commandSkip;
    /** Where the prefilter's reading stands: its row, the last chars' kinds, the current run of digit groups. */
    int row;
    int kinds;
    int run;
    int digits;
    /** The pool slot it was taken from and goes back to. */
    int slot;
    /** Per token rule: where its last rejected run ended, valid while {@code ruleGeneration} equals {@code generation}. */
    int[] ruleSkip;
    int[] ruleGeneration;
    int generation;

    void reset(CharSequence text) {
        this.text = text;
        this.n = text.length();
        count = 0;
        claimedEnd = 0;
        tokenClaimEnd = 0;
        keySkip = 0;
        mailSkip = 0;
        jwtSkip = 0;
        thinSkip = 0;
        commandSkip = 0;
        generation++;
    }

    void release() {
        text = null;
        window.line = null;
        if (start.length > KEEP) { // a huge line must not pin big arrays to the thread
            start = new int[16];
            end = new int[16];
            label = new String[16];
            priority = new int[16];
        } else {
            Arrays.fill(label, 0, count, null);
        }
        count = 0;
    }

    void add(int from, int to, String replacement, int prio) {
        if (to <= from) {
            return;
        }
        if (count == start.length) {
            int size = count * 2;
            start = Arrays.copyOf(start, size);
            end = Arrays.copyOf(end, size);
            label = Arrays.copyOf(label, size);
            priority = Arrays.copyOf(priority, size);
        }
        start[count] = from;
        end[count] = to;
        label[count] = replacement;
        priority[count] = prio;
        count++;
    }

    void claim(int from, int to, String replacement, int prio) {
        add(from, to, replacement, prio);
        claimedEnd = Math.max(claimedEnd, to);
    }

    void remove(int i) {
        count--;
        start[i] = start[count];
        end[i] = end[count];
        label[i] = label[count];
        priority[i] = priority[count];
        label[count] = null;
    }

    /** Sorts by start and joins overlapping findings; the most specific label of a joined group wins. */
    void merge() {
        for (int i = 1; i < count; i++) { // insertion sort: findings arrive almost in order
            int s = start[i];
            int e = end[i];
            String l = label[i];
            int p = priority[i];
            int j = i - 1;
            while (j >= 0 && start[j] > s) {
                start[j + 1] = start[j];
                end[j + 1] = end[j];
                label[j + 1] = label[j];
                priority[j + 1] = priority[j];
                j--;
            }
            start[j + 1] = s;
            end[j + 1] = e;
            label[j + 1] = l;
            priority[j + 1] = p;
        }
        int w = 0;
        for (int i = 0; i < count; i++) {
            if (w > 0 && start[i] < end[w - 1]) {
                end[w - 1] = Math.max(end[w - 1], end[i]);
                if (priority[i] > priority[w - 1]) {
                    label[w - 1] = label[i];
                    priority[w - 1] = priority[i];
                }
                continue;
            }
            start[w] = start[i];
            end[w] = end[i];
            label[w] = label[i];
            priority[w] = priority[i];
            w++;
        }
        Arrays.fill(label, w, count, null);
        count = w;
    }
}
