package dev.launchready.benchmarks.load;

import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The order contenders run in one round of a steady scenario. A contender and the one it is judged
 * against (LaunchReady on and off) always run back to back, first one then the other in turn, so a
 * shift in the shared machine's speed between rounds lands on both sides of the ratio alike; the groups
 * rotate from round to round.
 */
final class RoundOrder {

    /** Each contender judged against another, by id: it runs right after or right before it. */
    static final Map<String, String> PAIRED_WITH = Map.of(
            Contender.SPRING_ON, Contender.SPRING_OFF,
            Contender.SERVLET_ON, Contender.SERVLET_OFF);

    private RoundOrder() {
    }

    /** The ids of {@code ids} (in table order) as round {@code round} (from 0) runs them. */
    static List<String> of(List<String> ids, int round) {
        // A pair is keyed by the contender it is judged against, so both land in one group whichever comes first.
        Map<String, List<String>> byKey = new LinkedHashMap<>();
        for (String id : ids) {
            byKey.computeIfAbsent(PAIRED_WITH.getOrDefault(id, id), k -> new ArrayList<>()).add(id);
        }
        List<List<String>> groups = new ArrayList<>(byKey.values());
        List<String> order = new ArrayList<>(ids.size());
        for (int g = 0; g < groups.size(); g++) {
            List<String> group = new ArrayList<>(groups.get((g + round) % groups.size()));
            if (round % 2 == 1) {
                Collections.reverse(group);
            }
            order.addAll(group);
        }
        return order;
    }
}
