package dev.launchready.cli;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class LatencyTest {

    @Test
    void nearestRankPercentiles() {
        double[] samples = new double[20];
        for (int i = 0; i < 20; i++) {
            samples[i] = 20 - i;
        }
        assertThat(Percentiles.of(samples, 50)).isEqualTo(10);
        assertThat(Percentiles.of(samples, 95)).isEqualTo(19);
        assertThat(Percentiles.of(new double[] {7}, 95)).isEqualTo(7);
    }

    @Test
    void budgetAndBaselineRegressionWithAnAbsoluteFloor() {
        Latency latency = new Latency("/", 20, 40, 120, 0);
        assertThat(latency.judge("u", Duration.ofMillis(300), null).severity()).isEqualTo(Severity.PASS);
        assertThat(latency.judge("u", Duration.ofMillis(100), null).severity()).isEqualTo(Severity.FAIL);
        assertThat(latency.judge("u", null, 100.0).severity()).isEqualTo(Severity.PASS);
        assertThat(latency.judge("u", null, 99.0).severity()).isEqualTo(Severity.FAIL);
        // +50% but only 3 ms: noise on a fast path, not a regression.
        assertThat(new Latency("/", 20, 4, 9, 0).judge("u", null, 6.0).severity()).isEqualTo(Severity.PASS);
    }

    @Test
    void baselineIsAnEarlierJsonReport(@TempDir Path dir) throws IOException {
        Path file = dir.resolve("baseline.json");
        Files.writeString(file, "{\"tool\":\"x\",\"findings\":[{\"id\":\"latency\",\"seen\":\"p95\"}],"
                + "\"latency\":[{\"path\":\"/\",\"samples\":20,\"p50Millis\":10.0,\"p95Millis\":20.5},"
                + "{\"path\":\"/login\",\"p95Millis\":33}]}");
        assertThat(Baseline.read(file)).containsEntry("/", 20.5).containsEntry("/login", 33.0);
    }

    @Test
    void aBaselineThatIsNotAReportIsAClearError(@TempDir Path dir) throws IOException {
        Path garbage = dir.resolve("garbage.json");
        Files.writeString(garbage, "{\"latency\": [");
        assertThatThrownBy(() -> Baseline.read(garbage)).isInstanceOf(IOException.class).hasMessageContaining("--baseline");
        Path empty = dir.resolve("empty.json");
        Files.writeString(empty, "{\"findings\":[]}");
        assertThatThrownBy(() -> Baseline.read(empty)).hasMessageContaining("no latency figures");
        Path array = dir.resolve("array.json");
        Files.writeString(array, "[]");
        assertThatThrownBy(() -> Baseline.read(array)).hasMessageContaining("not a launchready JSON report");
    }
}
