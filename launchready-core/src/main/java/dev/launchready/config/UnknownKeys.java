package dev.launchready.config;

import java.util.ArrayList;
import java.util.Collection;
import java.util.List;

/** Finds names that look like LaunchReady settings but are none, and the known key each was meant to be. */
final class UnknownKeys {

    private UnknownKeys() {
    }

    static List<String> warnings(Collection<String> names) {
        List<String> warnings = new ArrayList<>();
        for (String name : names) {
            String canonical = SettingSources.environmentName(name);
            boolean known = false;
            Key<?> closest = null;
            int best = Integer.MAX_VALUE;
            for (Key<?> key : Keys.ALL) {
                int distance = distance(canonical, key.environmentName());
                if (distance == 0) {
                    known = true;
                    break;
                }
                if (distance < best) {
                    best = distance;
                    closest = key;
                }
            }
            if (!known && closest != null) {
                String suggestion = name.contains(".") ? closest.name() : closest.environmentName();
                warnings.add("unknown setting " + name + " (did you mean " + suggestion + "?)");
            }
        }
        return warnings;
    }

    /** Levenshtein distance; names are short, so the quadratic table is fine. */
    static int distance(String a, String b) {
        int[] previous = new int[b.length() + 1];
        int[] current = new int[b.length() + 1];
        for (int j = 0; j <= b.length(); j++) {
            previous[j] = j;
        }
        for (int i = 1; i <= a.length(); i++) {
            current[0] = i;
            for (int j = 1; j <= b.length(); j++) {
                int substitution = previous[j - 1] + (a.charAt(i - 1) == b.charAt(j - 1) ? 0 : 1);
                current[j] = Math.min(substitution, Math.min(previous[j] + 1, current[j - 1] + 1));
            }
            int[] swap = previous;
            previous = current;
            current = swap;
        }
        return previous[b.length()];
    }
}
