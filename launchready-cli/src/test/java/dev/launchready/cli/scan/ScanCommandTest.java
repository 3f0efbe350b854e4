package dev.launchready.cli.scan;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.launchready.cli.LaunchReadyCli;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import picocli.CommandLine;

class ScanCommandTest {

    @TempDir
    Path dir;

    private Path project() throws Exception {
        try (FixtureRepo repo = FixtureRepo.init(dir.resolve("app"))) {
            repo.write("config/app.yml", "name: app\nkey: " + Secrets.STRIPE + "\n")
                    .write("src/test/resources/fake.properties", "aws=" + Secrets.AWS + "\n")
                    .write("docs/setup.md", "Example: `" + Secrets.SLACK + "`\n")
                    .commit("app");
            return repo.dir;
        }
    }

    /** Runs the command as main would, capturing standard output. */
    private Run run(String... args) {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        ByteArrayOutputStream errBytes = new ByteArrayOutputStream();
        ScanCommand command = new ScanCommand();
        command.out = new PrintStream(bytes, true, StandardCharsets.UTF_8);
        CommandLine cli = new CommandLine(command)
                .setErr(new java.io.PrintWriter(errBytes, true, StandardCharsets.UTF_8))
                .setExitCodeExceptionMapper(e -> LaunchReadyCli.COULD_NOT_RUN)
                .setExecutionExceptionHandler((e, c, r) -> {
                    c.getErr().println("launchready: could not run: " + e.getMessage());
                    return LaunchReadyCli.COULD_NOT_RUN;
                })
                .setParameterExceptionHandler((e, a) -> {
                    e.getCommandLine().getErr().println("launchready: " + e.getMessage());
                    return LaunchReadyCli.COULD_NOT_RUN;
                });
        int code = cli.execute(args);
        return new Run(code, bytes.toString(StandardCharsets.UTF_8), errBytes.toString(StandardCharsets.UTF_8));
    }

    record Run(int code, String out, String err) {
    }

    @Test
    void textReportListsFindingsMaskedAndExitsOne() throws Exception {
        Path app = project();
        Run run = run(app.toString());
        assertThat(run.code()).isEqualTo(1);
        assertThat(run.out()).contains("config/app.yml:2:6 stripe-secret-key sk_l…(32 chars)")
                .contains("docs/setup.md:1:11 slack-bot-token xoxb…(51 chars)")
                .contains("src/test/resources/fake.properties:1:5 aws-access-key-id AKIA…(20 chars)")
                .contains("3 findings in 3 files")
                .doesNotContain(Secrets.STRIPE).doesNotContain(Secrets.AWS).doesNotContain(Secrets.SLACK);
    }

    @Test
    void theMainEntryPointRegistersScan() throws Exception {
        Path clean = Files.createDirectories(dir.resolve("clean"));
        Files.writeString(clean.resolve("a.txt"), "hello\n");
        assertThat(LaunchReadyCli.run("scan", clean.toString(), "-o", dir.resolve("r.txt").toString())).isZero();
        assertThat(Files.readString(dir.resolve("r.txt"))).contains("0 findings in 1 files");
        assertThat(LaunchReadyCli.run("scan", dir.resolve("missing").toString(), "-o", dir.resolve("r2.txt").toString()))
                .isEqualTo(LaunchReadyCli.COULD_NOT_RUN);
    }

    @Test
    void allowlistSkipsPathsAndDropsRulesAndFingerprintsEachWithAReason() throws Exception {
        Path app = project();
        Run first = run(app.toString(), "--format", "json");
        String fingerprint = first.out().replaceAll("(?s).*\"fingerprint\":\"(stripe-secret-key:[^\"]+)\".*", "$1");
        Files.writeString(app.resolve(".launchready-allowlist"), String.join("\n",
                "# accepted findings",
                "path src/test/resources/** -- fake keys for the parser tests",
                "rule slack-bot-token -- docs show a revoked example token",
                "fingerprint " + fingerprint + " -- rotated on 2026-11-01, kept for the incident write-up",
                ""));
        Run run = run(app.toString());
        assertThat(run.code()).isZero();
        assertThat(run.out()).contains("0 findings in 2 files").contains("1 allowlisted paths").contains("2 allowlisted findings");
    }

    @Test
    void anAllowlistLineWithoutAReasonIsAnErrorNamingTheLine() throws Exception {
        Path app = project();
        Path allowlist = dir.resolve("allow.txt");
        Files.writeString(allowlist, "path docs/** -- examples\nrule stripe-secret-key\n");
        Run run = run(app.toString(), "--allowlist", allowlist.toString());
        assertThat(run.code()).isEqualTo(2);
        assertThat(run.err()).contains("line 2 (rule stripe-secret-key): no reason");

        Files.writeString(allowlist, "file docs/** -- examples\n");
        assertThat(run(app.toString(), "--allowlist", allowlist.toString()).err()).contains("line 1").contains("unknown kind 'file'");
        Files.writeString(allowlist, "path docs/[** -- examples\n");
        assertThat(run(app.toString(), "--allowlist", allowlist.toString()).err()).contains("line 1").contains("bad glob");
        assertThat(run(app.toString(), "--allowlist", dir.resolve("none").toString()).err()).contains("does not exist");
    }

    @Test
    void baselineAcceptsOldFindingsEvenWhenLinesMoveButNotANewSecret() throws Exception {
        Path app = project();
        Path baseline = dir.resolve("baseline.json");
        Run written = run(app.toString(), "--write-baseline", baseline.toString());
        assertThat(written.code()).isEqualTo(1);
        assertThat(Files.readString(baseline)).contains("\"accepted\"").doesNotContain(Secrets.STRIPE);

        Run accepted = run(app.toString(), "--baseline", baseline.toString());
        assertThat(accepted.code()).isZero();
        assertThat(accepted.out()).contains("3 in the baseline");

        // Lines move: still accepted.
        Files.writeString(app.resolve("config/app.yml"), "# moved\n\n\nname: app\nkey: " + Secrets.STRIPE + "\n");
        assertThat(run(app.toString(), "--baseline", baseline.toString()).code()).isZero();

        // A different secret at the same place is new.
        Files.writeString(app.resolve("config/app.yml"), "name: app\nkey: " + Secrets.STRIPE.replace("4eC3", "5fD4") + "\n");
        Run changed = run(app.toString(), "--baseline", baseline.toString());
        assertThat(changed.code()).isEqualTo(1);
        assertThat(changed.out()).contains("config/app.yml:2:6 stripe-secret-key");
    }

    @Test
    void aMalformedBaselineCannotRun() throws Exception {
        Path app = project();
        Path baseline = dir.resolve("b.json");
        Files.writeString(baseline, "{\"findings\": [");
        assertThat(run(app.toString(), "--baseline", baseline.toString()).err()).contains("not valid JSON");
        Files.writeString(baseline, "{\"latency\": []}");
        assertThat(run(app.toString(), "--baseline", baseline.toString()).err()).contains("no findings array");
    }

    @Test
    void sarifHasRulesRegionsAndPartialFingerprints() throws Exception {
        Path app = project();
        Run run = run(app.toString(), "--format", "sarif");
        assertThat(run.code()).isEqualTo(1);
        assertThat(run.out()).contains("\"version\":\"2.1.0\"", "\"$schema\":\"https://json.schemastore.org/sarif-2.1.0.json\"",
                "\"id\":\"stripe-secret-key\"", "\"ruleId\":\"stripe-secret-key\"", "\"uri\":\"config/app.yml\"",
                "\"uriBaseId\":\"%SRCROOT%\"", "\"startLine\":2", "\"startColumn\":6", "\"endColumn\":38",
                "\"partialFingerprints\":{\"launchready/v1\":\"stripe-secret-key:config/app.yml:")
                .doesNotContain(Secrets.STRIPE);
    }

    @Test
    void jsonHasSummaryAndFindings() throws Exception {
        Path app = project();
        Files.write(app.resolve("blob.bin"), new byte[] {1, 0, 2});
        Run run = run(app.toString(), "--format", "json", "--history");
        assertThat(run.code()).isEqualTo(1);
        assertThat(run.out()).contains("\"scope\":\"history\"", "\"findings\":3", "\"commits\":1", "\"skippedBinary\":1",
                "\"ruleId\":\"stripe-secret-key\"", "\"path\":\"config/app.yml\"", "\"line\":2", "\"commit\":\"")
                .doesNotContain(Secrets.STRIPE);
    }

    @Test
    void badOptionsCannotRun() throws Exception {
        Path app = project();
        for (List<String> args : List.of(List.of("--format", "xml"), List.of("--history", "--staged"),
                List.of("--max-file-size", "lots"), List.of("--max-file-size", "0"), List.of("--max-file-size", "-5MB"))) {
            List<String> all = new java.util.ArrayList<>(args);
            all.add(app.toString());
            Run run = run(all.toArray(String[]::new));
            assertThat(run.code()).as(args.toString()).isEqualTo(2);
            assertThat(run.err()).as(args.toString()).contains("launchready");
        }
        Path plain = Files.createDirectories(dir.resolve("plain"));
        assertThat(run(plain.toString(), "--staged").err()).contains("not in a git repository");
    }

    @Test
    void sizesParse() {
        assertThat(ScanCommand.size("5MB")).isEqualTo(5L * 1024 * 1024);
        assertThat(ScanCommand.size("512kb")).isEqualTo(512L * 1024);
        assertThat(ScanCommand.size("100000")).isEqualTo(100_000L);
        assertThat(ScanCommand.size("1G")).isEqualTo(1L << 30);
        assertThatThrownBy(() -> ScanCommand.size("9999999999999GB")).hasMessageContaining("--max-file-size");
    }

    @Test
    void theMaxFileSizeOptionSkipsAndCounts() throws Exception {
        Path app = project();
        Run run = run(app.toString(), "--max-file-size", "20");
        assertThat(run.code()).isZero();
        assertThat(run.out()).contains("skipped 0 binary, 3 over the size limit");
    }

    static String read(Path p) throws IOException {
        return Files.readString(p);
    }
}
