package dev.launchready.benchmarks.load;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;

class RoundOrderTest {

    private static final List<String> ALL = List.of(Contender.SPRING_OFF, Contender.SPRING_ON, Contender.SPRING_PEERS,
            Contender.SERVLET_OFF, Contender.SERVLET_ON);

    @Test
    void onAndOffRunBackToBackEveryRoundAndTakeTurnsGoingFirst() {
        Set<String> firstOfSpringPair = new HashSet<>();
        for (int round = 0; round < 6; round++) {
            List<String> order = RoundOrder.of(ALL, round);
            assertThat(order).as("round " + round).containsExactlyInAnyOrderElementsOf(ALL);
            for (var pair : RoundOrder.PAIRED_WITH.entrySet()) {
                int on = order.indexOf(pair.getKey());
                int off = order.indexOf(pair.getValue());
                assertThat(Math.abs(on - off)).as(order.toString()).isEqualTo(1);
            }
            firstOfSpringPair.add(order.indexOf(Contender.SPRING_ON) < order.indexOf(Contender.SPRING_OFF) ? "on" : "off");
        }
        assertThat(firstOfSpringPair).containsExactlyInAnyOrder("on", "off");
    }

    @Test
    void theGroupsRotateSoEachLeadsARound() {
        assertThat(RoundOrder.of(ALL, 0)).containsExactly(Contender.SPRING_OFF, Contender.SPRING_ON,
                Contender.SPRING_PEERS, Contender.SERVLET_OFF, Contender.SERVLET_ON);
        assertThat(RoundOrder.of(ALL, 1)).containsExactly(Contender.SPRING_PEERS, Contender.SERVLET_ON,
                Contender.SERVLET_OFF, Contender.SPRING_ON, Contender.SPRING_OFF);
        assertThat(RoundOrder.of(ALL, 2).get(0)).isEqualTo(Contender.SERVLET_OFF);
    }

    @Test
    void aSubsetOrAContenderWithoutItsPartnerStillRunsEveryOneOnce() {
        assertThat(RoundOrder.of(List.of(Contender.SPRING_ON), 3)).containsExactly(Contender.SPRING_ON);
        assertThat(RoundOrder.of(List.of(Contender.SERVLET_ON, Contender.SERVLET_OFF), 1))
                .containsExactly(Contender.SERVLET_OFF, Contender.SERVLET_ON);
    }
}
