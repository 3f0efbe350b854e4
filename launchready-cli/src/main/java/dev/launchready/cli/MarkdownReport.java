package dev.launchready.cli;

import java.io.PrintStream;
import java.util.List;
import java.util.Locale;

/** {@code --format markdown}: the launch handover report, what was checked, what passed, what to watch, with evidence. */
final class MarkdownReport {

    private MarkdownReport() {
    }

    static void write(Report report, PrintStream out) {
        out.println("# Launch handover: " + report.site());
        out.println();
        out.printf(Locale.ROOT, "Audited %s by `launchready check` %s in %.1f s: **%d fail, %d warn, %d pass**.%n",
                report.started(), Version.TEXT, report.millis() / 1000.0, report.count(Severity.FAIL),
                report.count(Severity.WARN), report.count(Severity.PASS));
        section(out, "Must fix before launch", report, Severity.FAIL, true);
        section(out, "To watch", report, Severity.WARN, true);
        if (!report.latency().isEmpty()) {
            out.println();
            out.println("## Latency");
            out.println();
            out.println("| path | requests | p50 | p95 | errors |");
            out.println("|---|---|---|---|---|");
            for (Latency latency : report.latency()) {
                out.printf(Locale.ROOT, "| `%s` | %d | %.1f ms | %.1f ms | %d |%n", latency.path(), latency.samples(),
                        latency.p50Millis(), latency.p95Millis(), latency.errors());
            }
        }
        section(out, "Checked and passed", report, Severity.PASS, false);
        section(out, "Not checked", report, Severity.SKIP, false);
    }

    private static void section(PrintStream out, String title, Report report, Severity severity, boolean withFix) {
        List<Finding> findings = report.findings().stream().filter(f -> f.severity() == severity).toList();
        if (findings.isEmpty()) {
            return;
        }
        out.println();
        out.println("## " + title);
        out.println();
        out.println(withFix ? "| check | subject | seen | fix |" : "| check | subject | seen |");
        out.println(withFix ? "|---|---|---|---|" : "|---|---|---|");
        for (Finding finding : findings) {
            out.println("| `" + finding.id() + "` | " + cell(finding.subject()) + " | " + cell(finding.seen())
                    + (withFix ? " | " + cell(finding.fix()) : "") + " |");
        }
    }

    private static String cell(String text) {
        return text.replace("|", "\\|").replace("\n", " ");
    }
}
