package dev.launchready.cli;

import java.io.PrintStream;
import java.util.Locale;

/** The readable table: one line per finding, what was seen, and the fix under each warn or fail. */
final class TextReport {

    private static final String RESET = "\u001b[0m";

    private TextReport() {
    }

    static void write(Report report, PrintStream out, boolean colour, boolean showPasses) {
        out.println("launchready check " + report.site());
        int width = report.findings().stream().mapToInt(f -> f.id().length()).max().orElse(10);
        int subjectWidth = Math.min(40, report.findings().stream().mapToInt(f -> f.subject().length()).max().orElse(10));
        for (Finding finding : report.findings()) {
            if (!showPasses && !finding.severity().atLeast(Severity.WARN)) {
                continue;
            }
            String label = String.format(Locale.ROOT, "%-4s", finding.severity().name());
            if (colour) {
                label = colour(finding.severity()) + label + RESET;
            }
            out.printf(Locale.ROOT, "%s  %-" + width + "s  %-" + subjectWidth + "s  %s%n", label, finding.id(),
                    finding.subject(), finding.seen());
            if (!finding.fix().isEmpty() && finding.severity().atLeast(Severity.WARN)) {
                out.printf(Locale.ROOT, "      %-" + width + "s  fix: %s%n", "", finding.fix());
            }
        }
        out.printf(Locale.ROOT, "%d fail, %d warn, %d pass, %d skipped in %.1f s%n", report.count(Severity.FAIL),
                report.count(Severity.WARN), report.count(Severity.PASS), report.count(Severity.SKIP), report.millis() / 1000.0);
    }

    private static String colour(Severity severity) {
        return switch (severity) {
            case FAIL -> "\u001b[31;1m";
            case WARN -> "\u001b[33m";
            case PASS -> "\u001b[32m";
            case SKIP -> "\u001b[90m";
        };
    }
}
