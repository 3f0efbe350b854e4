package dev.launchready.benchmarks.load;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.time.Duration;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class ResultsTest {

    @Test
    void throughputCountsEveryRoundAndTheRoundRatiosPairRunsOfTheSameRound() {
        // Round 2 ran while the machine was slow for both: the total ratio feels it, the round ratios do not.
        Results results = new Results(List.of(), Map.of(
                Contender.SPRING_OFF, Map.of(Scenario.values()[0], List.of(run(1000), run(400), run(1000))),
                Contender.SPRING_ON, Map.of(Scenario.values()[0], List.of(run(900), run(380), run(950)))),
                Map.of(), Map.of(), Duration.ZERO);

        assertThat(results.steady(Contender.SPRING_ON, Scenario.values()[0]).perSecond()).isCloseTo(74.3, within(0.1));
        assertThat(results.roundRatios(Contender.SPRING_ON, Contender.SPRING_OFF, Scenario.values()[0]))
                .containsExactly(0.9, 0.95, 0.95);
    }

    /** A 10-second run of {@code requests}. */
    private static WrkReport run(long requests) {
        return WrkReport.parse("lr requests " + requests + "\nlr duration_us 10000000\nlr latency 95 4000\n");
    }
}
