package dev.launchready.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.parallel.Execution;
import org.junit.jupiter.api.parallel.ExecutionMode;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;
import picocli.CommandLine;
import tools.jackson.core.JsonParser;
import tools.jackson.core.JsonToken;
import tools.jackson.core.ObjectReadContext;
import tools.jackson.core.json.JsonFactory;

/**
 * The audit against real servers on loopback: dnsmasq for DNS, nginx terminating TLS with test
 * certificates, the example app behind it. The clean site gives no warn and no fail; each planted
 * fault gives exactly its finding and nothing else.
 */
class CheckFixtureIT {

    private static Fixture fixture;

    @BeforeAll
    static void start() throws Exception {
        fixture = new Fixture();
    }

    @AfterAll
    static void stop() throws Exception {
        if (fixture != null) {
            fixture.close();
        }
    }

    record Run(int exitCode, String stdout, String stderr, List<String[]> findings) {
        Set<String> problems() {
            Set<String> ids = new TreeSet<>();
            for (String[] finding : findings) {
                if (finding[1].equals("warn") || finding[1].equals("fail")) {
                    ids.add(finding[0]);
                }
            }
            return ids;
        }
    }

    static Run run(List<String> args) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        ByteArrayOutputStream err = new ByteArrayOutputStream();
        CheckCommand command = new CheckCommand();
        command.out = new PrintStream(out, true, StandardCharsets.UTF_8);
        command.err = new PrintStream(err, true, StandardCharsets.UTF_8);
        command.terminal = false;
        CommandLine line = new CommandLine(command);
        line.setExecutionExceptionHandler((e, cmd, result) -> {
            command.err.println("could not run: " + e.getMessage());
            return 2;
        });
        List<String> withoutVerb = new ArrayList<>(args.subList(1, args.size()));
        int code = line.execute(withoutVerb.toArray(String[]::new));
        String stdout = out.toString(StandardCharsets.UTF_8);
        return new Run(code, stdout, err.toString(StandardCharsets.UTF_8),
                stdout.startsWith("{") ? findings(stdout) : List.of());
    }

    static List<String[]> findings(String json) {
        List<String[]> findings = new ArrayList<>();
        try (JsonParser parser = new JsonFactory().createParser(ObjectReadContext.empty(), json)) {
            String id = null;
            String severity = null;
            String seen = null;
            boolean inFindings = false;
            for (JsonToken token = parser.nextToken(); token != null; token = parser.nextToken()) {
                if (token == JsonToken.PROPERTY_NAME && parser.currentName().equals("findings")) {
                    inFindings = true;
                } else if (token == JsonToken.PROPERTY_NAME && parser.currentName().equals("latency")) {
                    inFindings = false;
                } else if (inFindings && token == JsonToken.VALUE_STRING) {
                    switch (parser.currentName()) {
                        case "id" -> id = parser.getString();
                        case "severity" -> severity = parser.getString();
                        case "seen" -> seen = parser.getString();
                        default -> { }
                    }
                } else if (inFindings && token == JsonToken.END_OBJECT && id != null) {
                    findings.add(new String[] {id, severity, seen});
                    id = null;
                }
            }
        }
        return findings;
    }

    @Test
    void cleanSiteHasNoWarnAndNoFailAndExitsZero() {
        Run run = run(fixture.arguments(Fault.CLEAN, "--format", "json", "--fail-on", "warn"));
        assertThat(run.problems()).as(run.stdout()).isEmpty();
        assertThat(run.exitCode()).as(run.stderr()).isZero();
        // Every group ran, with the options given: nothing silently skipped.
        assertThat(run.findings()).extracting(f -> f[0]).contains("dns.resolves", "dns.resolves", "redirect.canonical",
                "tls.chain", "tls.hostname", "tls.expiry", "tls.protocol", "hsts", "headers.security", "mixed-content",
                "cache.public", "cache.asset", "cache.member", "cdn", "cors", "exposure.env", "exposure.git",
                "health.endpoint", "health.details", "email.mx", "email.spf", "email.spf-lookups", "email.dmarc",
                "email.dkim", "smoke", "latency");
        assertThat(run.findings()).noneMatch(f -> f[1].equals("skip"));
    }

    @Execution(ExecutionMode.CONCURRENT)
    @ParameterizedTest
    @EnumSource(value = Fault.class, names = {"CLEAN"}, mode = EnumSource.Mode.EXCLUDE)
    void eachPlantedFaultGivesExactlyItsFinding(Fault fault) {
        Run run = run(fixture.arguments(fault, "--format", "json", "--fail-on", "warn"));
        assertThat(run.problems()).as(run.stdout()).isEqualTo(fault.expected);
        assertThat(run.exitCode()).isEqualTo(fault.expected.isEmpty() ? 0 : 1);
    }
}
