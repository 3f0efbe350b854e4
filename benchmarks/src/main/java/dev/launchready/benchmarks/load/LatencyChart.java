package dev.launchready.benchmarks.load;

import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.NavigableMap;
import java.util.TreeMap;
import org.knowm.xchart.BitmapEncoder;
import org.knowm.xchart.XYChart;
import org.knowm.xchart.XYChartBuilder;
import org.knowm.xchart.style.Styler;
import org.knowm.xchart.style.XYStyler;
import org.knowm.xchart.style.markers.SeriesMarkers;

/**
 * {@code latency.png}: one panel per scenario, one latency-by-percentile curve per contender.
 *
 * <p>The x axis counts nines (90%, 99%, 99.9%...) so the tail, where the contenders differ, gets as much room
 * as the median; the y axis is logarithmic where a panel spans sub-millisecond and 100 ms answers.
 */
final class LatencyChart {

    static final int WIDTH = 640;
    static final int HEIGHT = 520;

    private LatencyChart() {
    }

    static void write(Results results, Path png) throws IOException {
        List<XYChart> panels = new ArrayList<>();
        for (Scenario scenario : Scenario.values()) {
            XYChart panel = panel(scenario.title + " (" + scenario.request + ")");
            for (Contender contender : results.contenders()) {
                add(panel, contender.label(), results.steady(contender.id(), scenario).latencyMillis());
            }
            panels.add(panel);
        }
        XYChart spike = panel("Launch spike: members' logins during the attack");
        for (Contender contender : results.contenders()) {
            NavigableMap<Double, Double> millis = new TreeMap<>();
            results.spikes().get(contender.id()).loggingIn().latencyMicros().forEach((p, us) -> millis.put(p, us / 1000.0));
            add(spike, contender.label(), millis);
        }
        panels.add(spike);
        panels.forEach(LatencyChart::scaleY);
        BitmapEncoder.saveBitmap(panels, 2, 2, png.toString(), BitmapEncoder.BitmapFormat.PNG);
    }

    private static XYChart panel(String title) {
        XYChart chart = new XYChartBuilder().width(WIDTH).height(HEIGHT).title(title)
                .xAxisTitle("percentile").yAxisTitle("latency, ms").build();
        XYStyler styler = chart.getStyler();
        styler.setLegendPosition(Styler.LegendPosition.OutsideS);
        styler.setXAxisMin(0.0);
        styler.setXAxisMax(4.0);
        styler.setLegendFont(styler.getLegendFont().deriveFont(10f));
        chart.setCustomXAxisTickLabelsFormatter(LatencyChart::percentileLabel);
        return chart;
    }

    /**
     * Logarithmic only where the curves span more than a decade and a half: XChart labels only powers of ten on
     * a log axis, so a narrower one (logins: 150-300 ms) would have no labels at all.
     */
    private static void scaleY(XYChart chart) {
        double min = Double.MAX_VALUE;
        double max = 0;
        for (var series : chart.getSeriesMap().values()) {
            for (double y : series.getYData()) {
                min = Math.min(min, y);
                max = Math.max(max, y);
            }
        }
        boolean log = max / min > 30;
        chart.getStyler().setYAxisLogarithmic(log);
        chart.setYAxisTitle(log ? "latency, ms (log scale)" : "latency, ms");
    }

    /** Skips the 100th percentile: it has no place on a scale of nines. */
    private static void add(XYChart chart, String name, NavigableMap<Double, Double> millis) {
        NavigableMap<Double, Double> shown = millis.headMap(100.0, false);
        double[] x = shown.keySet().stream().mapToDouble(LatencyChart::nines).toArray();
        double[] y = shown.values().stream().mapToDouble(v -> Math.max(v, 0.01)).toArray();
        chart.addSeries(name, x, y).setMarker(SeriesMarkers.NONE);
    }

    /** 90 -> 1, 99 -> 2, 99.9 -> 3. */
    static double nines(double percentile) {
        return -Math.log10(1 - percentile / 100);
    }

    /** Labels whole nines only; XChart's other ticks (68%, 99.68%...) would only be noise. */
    static String percentileLabel(double nines) {
        long whole = Math.round(nines);
        if (Math.abs(nines - whole) > 0.05) {
            return " ";
        }
        double p = 100 * (1 - Math.pow(10, -whole));
        return whole <= 1 ? String.format(Locale.ROOT, "%.0f%%", p) : String.format(Locale.ROOT, "%." + (whole - 2) + "f%%", p);
    }
}
