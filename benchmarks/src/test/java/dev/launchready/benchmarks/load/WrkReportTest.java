package dev.launchready.benchmarks.load;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;

class WrkReportTest {

    private static final String OUTPUT = """
            Running 10s test @ http://127.0.0.1:8080
              2 threads and 2 connections
            lr requests 1200
            lr duration_us 10000000
            lr socket_errors 1 0 2 0
            lr latency 50 1500
            lr latency 95 4200
            lr latency 100 9000
            lr status 1 200 500
            lr status 2 200 600
            lr status 2 503 97
            lr path 1 form 200 1
            lr path 1 /login 401 30
            lr path 1 /login 429 400
            lr path 2 /password-reset 429 12
            """;

    @Test
    void readsWhatReportLuaPrints() {
        WrkReport report = WrkReport.parse(OUTPUT);
        assertThat(report.perSecond()).isEqualTo(120.0);
        assertThat(report.millisAt(95)).isEqualTo(4.2);
        assertThat(report.count(200)).isEqualTo(1100);
        assertThat(report.serverErrors()).isEqualTo(97);
        assertThat(report.errors(200)).as("3 socket errors and 97 other answers").isEqualTo(100);
        assertThat(report.count(1, "/login", 429)).isEqualTo(400);
        assertThat(report.count(2, "/login", 429)).isZero();
        assertThat(report.threads()).containsExactly(1, 2);
    }

    @Test
    void aRunWithoutTheReportIsAnErrorNotZeroes() {
        assertThatThrownBy(() -> WrkReport.parse("unable to connect to 127.0.0.1:1 Connection refused"))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("Connection refused");
        assertThatThrownBy(() -> WrkReport.parse(OUTPUT).millisAt(99.9)).hasMessageContaining("not reported");
    }

    @Test
    void theSpikeCountsWhatEachAttackerGotPast() {
        Spike.SpikeReport spike = new Spike.SpikeReport(WrkReport.parse(OUTPUT), WrkReport.parse(OUTPUT),
                WrkReport.parse(OUTPUT), 12.5);
        assertThat(spike.mostLetThrough("/login")).isEqualTo(30);
        assertThat(spike.totalLetThrough("/password-reset")).isZero();
        assertThat(spike.attackersThrottled()).as("only thread 1 was refused on /login, and nobody on both").isZero();
        assertThat(spike.serverErrors()).isEqualTo(3 * 97);
    }

    @Test
    void theChartCountsNines() {
        assertThat(LatencyChart.nines(90)).isCloseTo(1.0, org.assertj.core.data.Offset.offset(1e-9));
        assertThat(LatencyChart.percentileLabel(2)).isEqualTo("99%");
        assertThat(LatencyChart.percentileLabel(3)).isEqualTo("99.9%");
        assertThat(LatencyChart.percentileLabel(0)).isEqualTo("0%");
        assertThat(LatencyChart.percentileLabel(1.5)).isBlank();
    }
}
