package dev.launchready.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.io.TempDir;
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
        // One audit before the tests: the first requests after start pay for JIT and class loading in the
        // app, nginx's first TLS handshakes and our own client, which the latency and health-speed checks would see.
        run(fixture.arguments(Fault.CLEAN, "--format", "json"));
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
        // A figure for the report, not a gate: timing assertions belong in benchmarks.
        System.out.println("clean fixture audit: " + run.stdout().replaceAll("(?s).*\"durationMillis\":(\\d+).*", "$1") + " ms");
    }

    @Execution(ExecutionMode.CONCURRENT)
    @ParameterizedTest
    @EnumSource(value = Fault.class, names = {"CLEAN"}, mode = EnumSource.Mode.EXCLUDE)
    void eachPlantedFaultGivesExactlyItsFinding(Fault fault) {
        Run run = run(fixture.arguments(fault, "--format", "json", "--fail-on", "warn"));
        assertThat(run.problems()).as(run.stdout()).isEqualTo(fault.expected);
        assertThat(run.exitCode()).isEqualTo(fault.expected.isEmpty() ? 0 : 1);
    }

    @Execution(ExecutionMode.CONCURRENT)
    @Test
    void theShadedJarRunsTheAuditAndWritesSarif(@TempDir Path dir) throws Exception {
        Path jar = Path.of(System.getProperty("cli.jar", "target/launchready-cli.jar"));
        assertThat(jar).exists();
        Path sarif = dir.resolve("report.sarif");
        List<String> command = new ArrayList<>(List.of(Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "-jar", jar.toString()));
        command.addAll(fixture.arguments(Fault.HSTS, "--format", "sarif", "--output", sarif.toString()));
        Process process = new ProcessBuilder(command).redirectErrorStream(true).start();
        String output = new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        // A warn does not reach the default --fail-on fail.
        assertThat(process.waitFor()).as(output).isZero();
        String report = Files.readString(sarif);
        assertThat(report).contains("\"version\":\"2.1.0\"", "\"$schema\":\"https://json.schemastore.org/sarif-2.1.0.json\"",
                "\"ruleId\":\"hsts\"", "\"level\":\"warning\"").doesNotContain("\"ruleId\":\"tls.chain\"");
        assertThat(output).isEmpty();
    }

    @Execution(ExecutionMode.CONCURRENT)
    @Test
    void textReportIsPlainOffATerminalWithTheFixUnderEachFinding() {
        Run run = run(fixture.arguments(Fault.MEMBERCACHE));
        assertThat(run.exitCode()).isEqualTo(1);
        assertThat(run.stdout()).doesNotContain("\u001b").contains("FAIL  cache.member")
                .contains("fix: Send \"Cache-Control: private, no-store\"").contains("PASS  tls.chain")
                .containsPattern("1 fail, 0 warn, \\d+ pass, 0 skipped in");
        assertThat(run.stderr()).isEmpty();
    }

    @Execution(ExecutionMode.CONCURRENT)
    @Test
    void onATerminalColoursAndShowsProgressOnStderr() {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        ByteArrayOutputStream err = new ByteArrayOutputStream();
        CheckCommand command = new CheckCommand();
        command.out = new PrintStream(out, true, StandardCharsets.UTF_8);
        command.err = new PrintStream(err, true, StandardCharsets.UTF_8);
        command.terminal = true;
        List<String> args = fixture.arguments(Fault.DMARC, "--quiet");
        int code = new CommandLine(command).execute(args.subList(1, args.size()).toArray(String[]::new));
        assertThat(code).isZero();
        String text = out.toString(StandardCharsets.UTF_8);
        assertThat(text).contains("\u001b[33mWARN\u001b[0m  email.dmarc").doesNotContain("PASS  ");
        assertThat(err.toString(StandardCharsets.UTF_8)).contains("check groups done").contains("10/10");
    }

    @Execution(ExecutionMode.CONCURRENT)
    @Test
    void markdownHandoverAndNoMemberCookieOverAnUntrustedCertificate() {
        Run run = run(fixture.arguments(Fault.WRONGNAME, "--format", "markdown"));
        assertThat(run.stdout()).startsWith("# Launch handover: https://wrongname.test:")
                .contains("## Must fix before launch", "| `tls.hostname` | wrongname.test |", "## Checked and passed",
                        "## Latency", "## Not checked", "| `cache.member` |", "the member cookie/token was not sent");
    }

    @Execution(ExecutionMode.CONCURRENT)
    @Test
    void baselineFailsWhenP95RegressedByMoreThanTwentyPercent(@TempDir Path dir) throws Exception {
        Path baseline = dir.resolve("accepted.json");
        // The start page was 0.5 ms at p95 "last time": today's real figure is a regression; /login had lots of room.
        Files.writeString(baseline, "{\"latency\":[{\"path\":\"/\",\"p95Millis\":0.5},{\"path\":\"/login\",\"p95Millis\":100000}]}");
        Run run = run(fixture.arguments(Fault.CLEAN, "--format", "json", "--baseline", baseline.toString()));
        assertThat(run.problems()).as(run.stdout()).containsExactly("latency");
        assertThat(run.findings()).filteredOn(f -> f[0].equals("latency") && f[1].equals("fail"))
                .singleElement().satisfies(f -> assertThat(f[2]).contains("baseline p95 0.5 ms"));
        assertThat(run.exitCode()).isEqualTo(1);
    }

    @Execution(ExecutionMode.CONCURRENT)
    @Test
    void aDnsServerThatDoesNotAnswerMeansCouldNotRun() throws Exception {
        int silent = Ports.freeUdpAndTcp();
        List<String> args = fixture.arguments(Fault.CLEAN, "--request-timeout", "1s");
        args.set(args.indexOf("--resolver") + 1, "127.0.0.1:" + silent);
        Run run = run(args);
        assertThat(run.exitCode()).isEqualTo(2);
        assertThat(run.stderr()).contains("no DNS answer for clean.test from 127.0.0.1:" + silent);
        assertThat(run.stdout()).isEmpty();
    }

    @Execution(ExecutionMode.CONCURRENT)
    @Test
    void aMissingBaselineOrCaFileMeansCouldNotRun(@TempDir Path dir) {
        Run baseline = run(fixture.arguments(Fault.CLEAN, "--baseline", dir.resolve("missing.json").toString()));
        assertThat(baseline.exitCode()).isEqualTo(2);
        assertThat(baseline.stderr()).contains("missing.json");
        List<String> args = fixture.arguments(Fault.CLEAN);
        args.set(args.indexOf("--ca-file") + 1, dir.resolve("nope.pem").toString());
        Run ca = run(args);
        assertThat(ca.exitCode()).isEqualTo(2);
        assertThat(ca.stderr()).contains("nope.pem");
    }
}
