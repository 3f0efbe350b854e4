package dev.launchready.cli.scan;

import java.io.OutputStream;
import java.io.PrintStream;
import java.util.Locale;
import java.util.Set;
import java.util.TreeSet;
import tools.jackson.core.JsonEncoding;
import tools.jackson.core.JsonGenerator;
import tools.jackson.core.ObjectWriteContext;
import tools.jackson.core.json.JsonFactory;

/** Text, JSON and SARIF 2.1.0 for a {@link ScanResult}; none of them ever holds a secret. */
final class ScanReports {

    static final String SARIF_SCHEMA = "https://json.schemastore.org/sarif-2.1.0.json";

    private ScanReports() {
    }

    static void text(ScanResult result, Scope scope, PrintStream out) {
        for (SecretFinding f : result.findings()) {
            out.println(f);
        }
        if (result.hasFindings()) {
            out.println();
            out.println("Rotate each secret at its provider: deleting it from the file leaves it in git history. "
                    + "Accept a false positive in " + ScanRequest.ALLOWLIST_FILE + " with a reason.");
        }
        out.println(summary(result, scope));
    }

    static String summary(ScanResult result, Scope scope) {
        StringBuilder s = new StringBuilder();
        s.append(result.findings().size()).append(result.findings().size() == 1 ? " finding" : " findings");
        s.append(" in ").append(result.files()).append(scope == Scope.HISTORY ? " contents" : " files");
        s.append(String.format(Locale.ROOT, " (%.1f MB", result.bytes() / 1e6));
        if (scope == Scope.HISTORY) {
            s.append(", ").append(result.commits()).append(" commits");
        }
        s.append(")");
        s.append("; skipped ").append(result.skippedBinary()).append(" binary, ")
                .append(result.skippedTooLarge()).append(" over the size limit, ")
                .append(result.skippedAllowlisted()).append(" allowlisted paths");
        if (result.allowlisted() > 0) {
            s.append("; ").append(result.allowlisted()).append(" allowlisted findings");
        }
        if (!result.accepted().isEmpty()) {
            s.append("; ").append(result.accepted().size()).append(" in the baseline");
        }
        return s.toString();
    }

    static void json(ScanResult result, Scope scope, String version, OutputStream out) {
        try (JsonGenerator json = new JsonFactory().createGenerator(ObjectWriteContext.empty(), out, JsonEncoding.UTF8)) {
            json.writeStartObject();
            json.writeStringProperty("tool", "launchready scan");
            json.writeStringProperty("version", version);
            json.writeStringProperty("scope", scope.name().toLowerCase(Locale.ROOT));
            json.writeName("summary");
            json.writeStartObject();
            json.writeNumberProperty("findings", result.findings().size());
            json.writeNumberProperty("files", result.files());
            json.writeNumberProperty("bytes", result.bytes());
            json.writeNumberProperty("commits", result.commits());
            json.writeNumberProperty("skippedBinary", result.skippedBinary());
            json.writeNumberProperty("skippedTooLarge", result.skippedTooLarge());
            json.writeNumberProperty("skippedAllowlistedPaths", result.skippedAllowlisted());
            json.writeNumberProperty("allowlistedFindings", result.allowlisted());
            json.writeNumberProperty("baselineFindings", result.accepted().size());
            json.writeEndObject();
            json.writeName("findings");
            findings(json, result.findings());
            json.writeName("accepted");
            findings(json, result.accepted());
            json.writeEndObject();
        }
    }

    private static void findings(JsonGenerator json, Iterable<SecretFinding> findings) {
        json.writeStartArray();
        for (SecretFinding f : findings) {
            json.writeStartObject();
            json.writeStringProperty("ruleId", f.ruleId());
            json.writeStringProperty("path", f.path());
            json.writeNumberProperty("line", f.line());
            json.writeNumberProperty("column", f.column());
            json.writeNumberProperty("endLine", f.endLine());
            json.writeNumberProperty("endColumn", f.endColumn());
            if (f.commit() != null) {
                json.writeStringProperty("commit", f.commit());
            }
            json.writeStringProperty("excerpt", f.excerpt());
            json.writeStringProperty("fingerprint", f.fingerprint());
            json.writeEndObject();
        }
        json.writeEndArray();
    }

    /**
     * SARIF for GitHub code scanning: one rule per rule id, one error result per finding with its region,
     * and the fingerprint as {@code partialFingerprints} so an alert survives lines moving.
     */
    static void sarif(ScanResult result, String version, OutputStream out) {
        Set<String> rules = new TreeSet<>();
        result.findings().forEach(f -> rules.add(f.ruleId()));
        try (JsonGenerator json = new JsonFactory().createGenerator(ObjectWriteContext.empty(), out, JsonEncoding.UTF8)) {
            json.writeStartObject();
            json.writeStringProperty("$schema", SARIF_SCHEMA);
            json.writeStringProperty("version", "2.1.0");
            json.writeName("runs");
            json.writeStartArray();
            json.writeStartObject();
            json.writeName("tool");
            json.writeStartObject();
            json.writeName("driver");
            json.writeStartObject();
            json.writeStringProperty("name", "launchready scan");
            json.writeStringProperty("version", version);
            json.writeName("rules");
            json.writeStartArray();
            for (String rule : rules) {
                json.writeStartObject();
                json.writeStringProperty("id", rule);
                json.writeName("shortDescription");
                json.writeStartObject();
                json.writeStringProperty("text", rule.equals(EnvFiles.RULE) ? "A .env file is committed" : "Secret: " + rule);
                json.writeEndObject();
                json.writeName("help");
                json.writeStartObject();
                json.writeStringProperty("text", "Rotate the secret at its provider (it stays in git history), move it to "
                        + "the environment or a secret store, or accept it in " + ScanRequest.ALLOWLIST_FILE + " with a reason.");
                json.writeEndObject();
                json.writeName("defaultConfiguration");
                json.writeStartObject();
                json.writeStringProperty("level", "error");
                json.writeEndObject();
                json.writeEndObject();
            }
            json.writeEndArray();
            json.writeEndObject();
            json.writeEndObject();
            json.writeName("results");
            json.writeStartArray();
            for (SecretFinding f : result.findings()) {
                json.writeStartObject();
                json.writeStringProperty("ruleId", f.ruleId());
                json.writeStringProperty("level", "error");
                json.writeName("message");
                json.writeStartObject();
                json.writeStringProperty("text", (f.ruleId().equals(EnvFiles.RULE) ? "A .env file is committed"
                        : "Possible " + f.ruleId() + " " + f.excerpt())
                        + (f.commit() == null ? "" : " (introduced in commit " + f.commit() + ")"));
                json.writeEndObject();
                json.writeName("locations");
                json.writeStartArray();
                json.writeStartObject();
                json.writeName("physicalLocation");
                json.writeStartObject();
                json.writeName("artifactLocation");
                json.writeStartObject();
                json.writeStringProperty("uri", f.path());
                json.writeStringProperty("uriBaseId", "%SRCROOT%");
                json.writeEndObject();
                json.writeName("region");
                json.writeStartObject();
                json.writeNumberProperty("startLine", f.line());
                json.writeNumberProperty("startColumn", f.column());
                json.writeNumberProperty("endLine", f.endLine());
                json.writeNumberProperty("endColumn", Math.max(f.endColumn(), f.line() == f.endLine() ? f.column() + 1 : 1));
                json.writeEndObject();
                json.writeEndObject();
                json.writeEndObject();
                json.writeEndArray();
                json.writeName("partialFingerprints");
                json.writeStartObject();
                json.writeStringProperty("launchready/v1", f.fingerprint());
                json.writeEndObject();
                if (f.commit() != null) {
                    json.writeName("properties");
                    json.writeStartObject();
                    json.writeStringProperty("commit", f.commit());
                    json.writeEndObject();
                }
                json.writeEndObject();
            }
            json.writeEndArray();
            json.writeEndObject();
            json.writeEndArray();
            json.writeEndObject();
        }
    }
}
