package dev.launchready.benchmarks.load;

import static org.assertj.core.api.Assertions.assertThat;

import java.awt.image.BufferedImage;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import javax.imageio.ImageIO;
import org.junit.jupiter.api.Test;

class LatencyChartTest {

    @Test
    void drawsFourPanelsOfEveryContender() throws Exception {
        List<Contender> contenders = Contender.all(Path.of("s.jar"), Path.of("v.jar"), Path.of("p.jar"));
        Map<String, Map<Scenario, List<WrkReport>>> steady = new LinkedHashMap<>();
        Map<String, Spike.SpikeReport> spikes = new LinkedHashMap<>();
        int i = 0;
        for (Contender c : contenders) {
            i++;
            Map<Scenario, List<WrkReport>> runs = new LinkedHashMap<>();
            runs.put(Scenario.PUBLIC_PAGE, List.of(report(400 * i, 9_000 * i)));
            runs.put(Scenario.MEMBER_PAGE, List.of(report(500 * i, 12_000 * i)));
            runs.put(Scenario.LOGIN, List.of(report(150_000 + 5_000 * i, 300_000 + 9_000 * i)));
            steady.put(c.id(), runs);
            WrkReport logins = report(60_000 * i, 700_000 * i);
            spikes.put(c.id(), new Spike.SpikeReport(logins, logins, logins, 20));
        }
        Results results = new Results(contenders, steady, spikes, Map.of(), Duration.ofMinutes(1));
        Path png = Files.createDirectories(Path.of("target")).resolve("latency-chart-test.png");

        LatencyChart.write(results, png);

        BufferedImage image = ImageIO.read(png.toFile());
        assertThat(image.getWidth()).isEqualTo(2 * LatencyChart.WIDTH);
        assertThat(image.getHeight()).isEqualTo(2 * LatencyChart.HEIGHT);
        assertThat(ResultsPage.render(results)).contains("| (c) Spring example, peer stack |");
    }

    private static WrkReport report(long p50Micros, long p99Micros) {
        return WrkReport.parse("lr requests 1000\nlr duration_us 1000000\nlr socket_errors 0 0 0 0\n"
                + "lr latency 50 " + p50Micros + "\nlr latency 90 " + (p50Micros + p99Micros) / 2
                + "\nlr latency 95 " + p99Micros * 9 / 10 + "\nlr latency 99 " + p99Micros
                + "\nlr latency 99.9 " + p99Micros * 2 + "\nlr latency 100 " + p99Micros * 3 + "\nlr status 1 200 1000\n");
    }
}
