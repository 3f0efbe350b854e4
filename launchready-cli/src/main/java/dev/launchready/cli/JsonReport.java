package dev.launchready.cli;

import java.io.OutputStream;
import tools.jackson.core.JsonEncoding;
import tools.jackson.core.JsonGenerator;
import tools.jackson.core.ObjectWriteContext;
import tools.jackson.core.json.JsonFactory;

/** {@code --format json}: the report as one JSON object; also what {@code --baseline} reads back. */
final class JsonReport {

    private JsonReport() {
    }

    static void write(Report report, OutputStream out) {
        try (JsonGenerator json = new JsonFactory().createGenerator(ObjectWriteContext.empty(), out, JsonEncoding.UTF8)) {
            json.writeStartObject();
            json.writeStringProperty("tool", "launchready check " + Version.TEXT);
            json.writeStringProperty("site", report.site());
            json.writeStringProperty("started", report.started().toString());
            json.writeNumberProperty("durationMillis", report.millis());
            json.writeStringProperty("result", report.worst().name().toLowerCase(java.util.Locale.ROOT));
            json.writeName("summary");
            json.writeStartObject();
            for (Severity severity : Severity.values()) {
                json.writeNumberProperty(severity.name().toLowerCase(java.util.Locale.ROOT), report.count(severity));
            }
            json.writeEndObject();
            json.writeName("findings");
            json.writeStartArray();
            for (Finding finding : report.findings()) {
                json.writeStartObject();
                json.writeStringProperty("id", finding.id());
                json.writeStringProperty("severity", finding.severity().name().toLowerCase(java.util.Locale.ROOT));
                json.writeStringProperty("subject", finding.subject());
                json.writeStringProperty("seen", finding.seen());
                json.writeStringProperty("fix", finding.fix());
                json.writeEndObject();
            }
            json.writeEndArray();
            json.writeName("latency");
            json.writeStartArray();
            for (Latency latency : report.latency()) {
                json.writeStartObject();
                json.writeStringProperty("path", latency.path());
                json.writeNumberProperty("samples", latency.samples());
                json.writeNumberProperty("p50Millis", round(latency.p50Millis()));
                json.writeNumberProperty("p95Millis", round(latency.p95Millis()));
                json.writeNumberProperty("errors", latency.errors());
                json.writeEndObject();
            }
            json.writeEndArray();
            json.writeEndObject();
        }
    }

    private static double round(double millis) {
        return Math.round(millis * 10) / 10.0;
    }
}
