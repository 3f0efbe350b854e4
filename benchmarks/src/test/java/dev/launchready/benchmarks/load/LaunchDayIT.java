package dev.launchready.benchmarks.load;

import static org.assertj.core.api.Assertions.assertThat;

import java.awt.image.BufferedImage;
import java.nio.file.Files;
import java.nio.file.Path;
import javax.imageio.ImageIO;
import org.junit.jupiter.api.Test;
import picocli.CommandLine;

/**
 * The launch-day command end to end, short: the five real jars, real wrk over loopback, the table and the chart.
 * Speed is not judged here (that is the full run's job, on a quiet machine); what every run must show is.
 */
class LaunchDayIT {

    private static final Path ROOT = Path.of("..").toAbsolutePath().normalize();
    private static final Path OUT = Path.of("target/launch-day-it").toAbsolutePath();

    @Test
    void everyContenderAnswersEveryScenarioAndTheLimitersHoldTheAttackersToTheirAllowance() throws Exception {
        LaunchDay command = new LaunchDay();
        new CommandLine(command).parseArgs("--seconds", "2", "--rounds", "1", "--warmup-seconds", "1",
                "--spike-seconds", "8", "--out", OUT.toString(),
                "--spring-jar", ROOT.resolve("examples/membership-spring/target/membership-spring.jar").toString(),
                "--servlet-jar", ROOT.resolve("examples/membership-servlet/target/membership-servlet.jar").toString(),
                "--peer-jar", ROOT.resolve("benchmarks/peer-stack/target/peer-stack.jar").toString());
        Results results = command.measure();

        for (Contender contender : results.contenders()) {
            for (Scenario scenario : Scenario.values()) {
                assertThat(results.steady(contender.id(), scenario).errors()).as(contender.id() + " " + scenario).isZero();
            }
            Spike.SpikeReport spike = results.spikes().get(contender.id());
            assertThat(spike.serverErrors()).as(contender.id() + " 5xx in the spike").isZero();
            assertThat(spike.loggingIn().count(429)).as(contender.id() + ": members are never throttled").isZero();
            assertThat(spike.browsing().count(429)).isZero();
            assertThat(spike.attackers().threads()).hasSize(Spike.ATTACKERS);
            if (contender.limitsLogins()) {
                if (!contender.id().equals(Contender.SPRING_PEERS)) {
                    // Busy logins: after its first failure an attacker waits while anyone else's login is checked.
                    assertThat(spike.attackers().count(429)).as(contender.id() + " throttles").isPositive();
                }
                assertThat(spike.mostLetThrough("/password-reset")).as(contender.id()).isLessThanOrEqualTo(10);
                assertThat(spike.mostLetThrough("/login")).as(contender.id()).isLessThanOrEqualTo(30 + 2);
            } else {
                assertThat(spike.attackers().count(429)).as(contender.id() + " has no limiter").isZero();
            }
            assertThat(spike.heapMiB()).isPositive();
        }

        Files.writeString(OUT.resolve("results.md"), ResultsPage.render(results));
        LatencyChart.write(results, OUT.resolve("latency.png"));
        String page = Files.readString(OUT.resolve("results.md"));
        for (Contender contender : results.contenders()) {
            assertThat(page).contains("| " + contender.label() + " |");
        }
        assertThat(page).contains("## Goals of issue #8").contains("(b) against (a) on Public page");
        BufferedImage chart = ImageIO.read(OUT.resolve("latency.png").toFile());
        assertThat(chart.getWidth()).isEqualTo(2 * LatencyChart.WIDTH);
        assertThat(chart.getHeight()).isEqualTo(2 * LatencyChart.HEIGHT);
    }
}
