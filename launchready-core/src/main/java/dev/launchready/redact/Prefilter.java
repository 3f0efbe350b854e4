package dev.launchready.redact;

import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Aho-Corasick over every rule's keywords, ASCII case folded, as a dense transition table: one
 * array read per character of the line and no allocation. Hand-written because the Java libraries of
 * this kind allocate a result per match, and the clean line (no match) is the case that must cost
 * nothing. A character no keyword contains leads back to the root.
 */
final class Prefilter {

    /** Per ASCII char: its class, 0 for a char no keyword has (upper case folded to lower). */
    private final byte[] classOf = new byte[128];
    private final int[][] out;

    /** Keyword {@code i} of {@code keywords} is reported as {@code i}. */
    Prefilter(List<String> keywords) {
        int nextClass = 1;
        for (String keyword : keywords) {
            for (char c : keyword.toCharArray()) {
                if (c >= 128 || (c >= 'A' && c <= 'Z')) {
                    throw new IllegalArgumentException("keyword character " + c);
                }
                if (classOf[c] == 0) {
                    classOf[c] = (byte) nextClass++;
                }
            }
        }
        for (char c = 'A'; c <= 'Z'; c++) {
            classOf[c] = classOf[Character.toLowerCase(c)];
        }
        classes = nextClass;
        if (classes > 127) {
            throw new IllegalArgumentException("more than 127 keyword characters");
        }
        List<Map<Integer, Integer>> trie = new ArrayList<>();
        List<List<Integer>> outputs = new ArrayList<>();
        trie.add(new HashMap<>());
        outputs.add(new ArrayList<>());
        for (int k = 0; k < keywords.size(); k++) {
            int state = 0;
            for (char c : keywords.get(k).toCharArray()) {
                int cls = classOf[c];
                Integer next = trie.get(state).get(cls);
                if (next == null) {
                    next = trie.size();
                    trie.add(new HashMap<>());
                    outputs.add(new ArrayList<>());
                    trie.get(state).put(cls, next);
                }
                state = next;
            }
            outputs.get(state).add(k);
        }
        int states = trie.size();
        int[] delta = new int[states * classes];
        int[] fail = new int[states];
        ArrayDeque<Integer> queue = new ArrayDeque<>();
        for (int cls = 0; cls < classes; cls++) {
            Integer next = trie.get(0).get(cls);
            delta[cls] = next == null ? 0 : next;
            if (next != null) {
                queue.add(next);
            }
        }
        while (!queue.isEmpty()) {
            int s = queue.poll();
            outputs.get(s).addAll(outputs.get(fail[s]));
            for (int cls = 0; cls < classes; cls++) {
                Integer next = trie.get(s).get(cls);
                if (next == null) {
                    delta[s * classes + cls] = delta[fail[s] * classes + cls];
                } else {
                    fail[next] = delta[fail[s] * classes + cls];
                    delta[s * classes + cls] = next;
                    queue.add(next);
                }
            }
        }
        out = new int[states][];
        for (int s = 0; s < states; s++) {
            List<Integer> o = outputs.get(s);
            out[s] = o.isEmpty() ? null : o.stream().mapToInt(Integer::intValue).distinct().toArray();
        }
        // The scan loop reads one int per char: the next state's row offset, negated when it reports keywords.
        step = new int[delta.length];
        for (int i = 0; i < delta.length; i++) {
            int target = delta[i];
            step[i] = out[target] == null ? target * classes : ~(target * classes);
        }
    }

    /** {@code step[row + class]}: the next row, or its complement when that state reports keywords. */
    final int[] step;
    private final int classes;

    /** The class of ASCII char {@code c}: what {@link #step} is indexed by. */
    int classOf(char c) {
        return c < 128 ? classOf[c] : 0;
    }

    /** The keywords of the state whose row is {@code row}. */
    int[] foundAtRow(int row) {
        return out[row / classes];
    }

    @Override
    public String toString() {
        return "Prefilter[" + out.length + " states, " + classes + " classes, " + Arrays.stream(out).filter(o -> o != null).count() + " accepting]";
    }
}
