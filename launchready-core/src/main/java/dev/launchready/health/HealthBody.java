package dev.launchready.health;

import dev.launchready.trace.Release;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import tools.jackson.core.JsonGenerator;
import tools.jackson.core.ObjectWriteContext;
import tools.jackson.core.json.JsonFactory;

/** Renders health answers: the public status-only JSON (precomputed), the details JSON and the text view. */
final class HealthBody {

    static final String JSON = "application/health+json";
    static final String TEXT = "text/plain;charset=utf-8";

    private static final JsonFactory FACTORY = new JsonFactory();
    private static final byte[][] STATUS_ONLY = new byte[HealthStatus.values().length][];

    static {
        for (HealthStatus s : HealthStatus.values()) {
            STATUS_ONLY[s.ordinal()] = ("{\"status\":\"" + s.word() + "\"}").getBytes(StandardCharsets.UTF_8);
        }
    }

    private HealthBody() {
    }

    static byte[] statusOnly(HealthStatus status) {
        return STATUS_ONLY[status.ordinal()];
    }

    static byte[] details(HealthStatus status, HealthReport report, Release release) {
        StringWriter out = new StringWriter();
        try (JsonGenerator g = FACTORY.createGenerator(ObjectWriteContext.empty(), out)) {
            g.writeStartObject();
            g.writeStringProperty("status", status.word());
            if (release != null) { // the health+json draft's names, so monitors that know it show them
                g.writeStringProperty("version", release.version());
                g.writeStringProperty("releaseId", release.commit());
            }
            g.writeStringProperty("phase", report.phase().name().toLowerCase(java.util.Locale.ROOT));
            g.writeName("checks");
            g.writeStartObject();
            for (CheckReport check : report.checks()) {
                g.writeName(check.name());
                g.writeStartArray();
                g.writeStartObject();
                g.writeStringProperty("status", check.status().word());
                g.writeBooleanProperty("critical", check.critical());
                g.writeNumberProperty("observedValue", check.latency().toMillis());
                g.writeStringProperty("observedUnit", "ms");
                g.writeStringProperty("time", check.checkedAt().toString());
                if (check.output().isPresent()) {
                    g.writeStringProperty("output", check.output().get());
                }
                g.writeEndObject();
                g.writeEndArray();
            }
            g.writeEndObject();
            g.writeEndObject();
        }
        return out.toString().getBytes(StandardCharsets.UTF_8);
    }

    /** The Kubernetes-style view for a person at a terminal: one {@code [+]}/{@code [-]} line per check. */
    static byte[] text(String endpoint, boolean passed, HealthReport report, boolean withChecks) {
        StringBuilder sb = new StringBuilder();
        if (withChecks) {
            if (report.phase() != Phase.READY) {
                sb.append("[-]phase ").append(report.phase().name().toLowerCase(java.util.Locale.ROOT)).append('\n');
            }
            for (CheckReport check : report.checks()) {
                sb.append(switch (check.status()) {
                    case PASS -> "[+]";
                    case WARN -> "[!]";
                    case FAIL -> "[-]";
                }).append(check.name()).append(' ').append(check.status() == HealthStatus.PASS ? "ok" : check.status().word());
                check.output().ifPresent(o -> sb.append(": ").append(o));
                sb.append(" (").append(check.latency().toMillis()).append(" ms")
                        .append(check.critical() ? "" : ", not critical").append(")\n");
            }
        }
        sb.append(endpoint).append(passed ? " check passed\n" : " check failed\n");
        return sb.toString().getBytes(StandardCharsets.UTF_8);
    }
}
