package dev.launchready.cli;

import java.io.OutputStream;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;
import tools.jackson.core.JsonEncoding;
import tools.jackson.core.JsonGenerator;
import tools.jackson.core.ObjectWriteContext;
import tools.jackson.core.json.JsonFactory;

/**
 * {@code --format sarif}: SARIF 2.1.0 for code-scanning dashboards. Fails are errors, warns warnings;
 * passes and skips are left out. A finding's location is the URL or name it concerns.
 */
final class SarifReport {

    static final String SCHEMA = "https://json.schemastore.org/sarif-2.1.0.json";

    private SarifReport() {
    }

    static void write(Report report, OutputStream out) {
        Map<String, Finding> rules = new LinkedHashMap<>();
        for (Finding finding : report.findings()) {
            if (finding.severity().atLeast(Severity.WARN)) {
                rules.putIfAbsent(finding.id(), finding);
            }
        }
        try (JsonGenerator json = new JsonFactory().createGenerator(ObjectWriteContext.empty(), out, JsonEncoding.UTF8)) {
            json.writeStartObject();
            json.writeStringProperty("$schema", SCHEMA);
            json.writeStringProperty("version", "2.1.0");
            json.writeName("runs");
            json.writeStartArray();
            json.writeStartObject();
            json.writeName("tool");
            json.writeStartObject();
            json.writeName("driver");
            json.writeStartObject();
            json.writeStringProperty("name", "launchready check");
            json.writeStringProperty("version", Version.TEXT);
            json.writeName("rules");
            json.writeStartArray();
            for (Finding rule : rules.values()) {
                json.writeStartObject();
                json.writeStringProperty("id", rule.id());
                json.writeName("shortDescription");
                json.writeStartObject();
                json.writeStringProperty("text", rule.id());
                json.writeEndObject();
                json.writeName("help");
                json.writeStartObject();
                json.writeStringProperty("text", rule.fix().isEmpty() ? rule.id() : rule.fix());
                json.writeEndObject();
                json.writeEndObject();
            }
            json.writeEndArray();
            json.writeEndObject();
            json.writeEndObject();
            json.writeName("results");
            json.writeStartArray();
            for (Finding finding : report.findings()) {
                if (!finding.severity().atLeast(Severity.WARN)) {
                    continue;
                }
                json.writeStartObject();
                json.writeStringProperty("ruleId", finding.id());
                json.writeStringProperty("level", finding.severity() == Severity.FAIL ? "error" : "warning");
                json.writeName("message");
                json.writeStartObject();
                json.writeStringProperty("text", finding.subject() + ": " + finding.seen()
                        + (finding.fix().isEmpty() ? "" : " Fix: " + finding.fix()));
                json.writeEndObject();
                json.writeName("locations");
                json.writeStartArray();
                json.writeStartObject();
                json.writeName("physicalLocation");
                json.writeStartObject();
                json.writeName("artifactLocation");
                json.writeStartObject();
                json.writeStringProperty("uri", finding.subject());
                json.writeEndObject();
                json.writeEndObject();
                json.writeEndObject();
                json.writeEndArray();
                json.writeName("properties");
                json.writeStartObject();
                json.writeStringProperty("severity", finding.severity().name().toLowerCase(Locale.ROOT));
                json.writeEndObject();
                json.writeEndObject();
            }
            json.writeEndArray();
            json.writeEndObject();
            json.writeEndArray();
            json.writeEndObject();
        }
    }
}
