package dev.launchready.examples.servlet;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.File;
import java.nio.charset.StandardCharsets;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;

/** The shipped rules pass promtool's checks and their unit tests (one firing and one quiet case per alert). */
class PrometheusRulesIT {

    private static final File RULES = new File("../../ops/prometheus");

    @Test
    void rulesAreValid() throws Exception {
        assertThat(promtool("check", "rules", "launchready-rules.yml")).contains("SUCCESS");
    }

    @Test
    void everyAlertPassesItsUnitTests() throws Exception {
        String out = promtool("test", "rules", "launchready-rules.test.yml");
        assertThat(out).contains("SUCCESS");
        String rules = java.nio.file.Files.readString(new File(RULES, "launchready-rules.yml").toPath());
        String tests = java.nio.file.Files.readString(new File(RULES, "launchready-rules.test.yml").toPath());
        java.util.regex.Matcher alert = java.util.regex.Pattern.compile("- alert: (\\w+)").matcher(rules);
        int alerts = 0;
        while (alert.find()) {
            assertThat(tests).as(alert.group(1) + " has a unit test").contains("alertname: " + alert.group(1));
            alerts++;
        }
        assertThat(alerts).isEqualTo(5);
    }

    private static String promtool(String... args) throws Exception {
        String[] command = new String[args.length + 1];
        command[0] = PrometheusProcess.binary("promtool");
        System.arraycopy(args, 0, command, 1, args.length);
        Process process = new ProcessBuilder(command).directory(RULES).redirectErrorStream(true).start();
        String out = new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        assertThat(process.waitFor(60, TimeUnit.SECONDS)).isTrue();
        assertThat(process.exitValue()).as(out).isZero();
        return out;
    }
}
