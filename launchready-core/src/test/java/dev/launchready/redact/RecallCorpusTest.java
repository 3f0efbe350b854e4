package dev.launchready.redact;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import org.junit.jupiter.api.Test;

/**
 * Recall and false positives of the default rules on a generated corpus. A secret is caught when no
 * 8-character piece of it survives; the line's other text must survive. Prints a table per format
 * and per context (copied into the issue's closing note) and fails when a goal is missed.
 */
class RecallCorpusTest {

    private static final Set<String> MUST_BE_PERFECT = Set.of("private-key", "header", "cookie", "url-password", "checksum");
    private final Redactor redactor = Redactor.defaults();

    @Test
    void secretsAreCaughtAndTheRestOfTheLineKept() {
        List<SecretCorpus.Sample> samples = SecretCorpus.secrets(20261123L);
        Map<String, int[]> byFormat = new TreeMap<>();
        Map<String, int[]> byContext = new TreeMap<>();
        Map<String, int[]> byGroup = new TreeMap<>();
        List<String> misses = new ArrayList<>();
        List<String> damaged = new ArrayList<>();
        int caught = 0;
        for (SecretCorpus.Sample sample : samples) {
            String out = redactor.redact(sample.line());
            String text = out.replaceAll("\\[(REDACTED|EMAIL)[^\\]]*\\]", "#"); // labels name the rule, not the secret
            boolean ok = sample.secrets().stream().noneMatch(secret -> survives(secret, text));
            caught += ok ? 1 : 0;
            count(byFormat, sample.format(), ok);
            count(byContext, sample.group() + "/" + sample.context(), ok);
            count(byGroup, sample.group(), ok);
            if (!ok) {
                misses.add(sample.format() + " [" + sample.context() + "]: " + abbreviate(out));
            }
            for (String keep : sample.keep()) {
                if (!out.contains(keep)) {
                    damaged.add(sample.format() + " [" + sample.context() + "] lost \"" + keep + "\": " + abbreviate(out));
                }
            }
        }
        StringBuilder report = new StringBuilder();
        report.append(String.format("%nRECALL: %d of %d secret lines caught (%.2f%%), %d formats%n", caught, samples.size(),
                100.0 * caught / samples.size(), byFormat.size()));
        table(report, "group", byGroup);
        table(report, "group/context", byContext);
        table(report, "format", byFormat);
        misses.forEach(m -> report.append("MISS ").append(m).append('\n'));
        damaged.forEach(d -> report.append("DAMAGED ").append(d).append('\n'));
        System.out.println(report);

        assertThat(byFormat.size()).as("formats").isGreaterThanOrEqualTo(100);
        assertThat(100.0 * caught / samples.size()).as("overall recall %").isGreaterThanOrEqualTo(99.0);
        byGroup.forEach((group, c) -> {
            if (MUST_BE_PERFECT.contains(group)) {
                assertThat(c[0]).as("caught in " + group).isEqualTo(c[1]);
            }
        });
        byFormat.forEach((format, c) -> assertThat(100.0 * c[0] / c[1]).as("recall % of " + format).isGreaterThanOrEqualTo(90.0));
        assertThat(damaged).as("text around secrets kept").isEmpty();
    }

    @Test
    void benignLinesAreLeftAlone() {
        List<BenignCorpus.Line> lines = BenignCorpus.lines(42L);
        Map<String, int[]> byKind = new TreeMap<>();
        List<String> changed = new ArrayList<>();
        for (BenignCorpus.Line line : lines) {
            String out = redactor.redact(line.text());
            boolean same = out.equals(line.text());
            count(byKind, line.kind(), same);
            if (!same) {
                changed.add(line.kind() + ": " + abbreviate(line.text()) + "\n    -> " + abbreviate(out));
            }
        }
        StringBuilder report = new StringBuilder(String.format("%nBENIGN: %d of %d lines changed%n", changed.size(), lines.size()));
        table(report, "kind (unchanged/total)", byKind);
        changed.forEach(c -> report.append("CHANGED ").append(c).append('\n'));
        System.out.println(report);

        assertThat(lines.size()).isGreaterThanOrEqualTo(400);
        assertThat(changed.size() * 400).as("changed lines per 400").isLessThanOrEqualTo(lines.size());
        for (String kind : List.of("uuid", "git-sha", "timestamp")) {
            assertThat(byKind.get(kind)[0]).as(kind + " lines unchanged").isEqualTo(byKind.get(kind)[1]);
        }
    }

    static boolean survives(String secret, String out) {
        if (secret.length() < 8) {
            return out.contains(secret);
        }
        for (int i = 0; i + 8 <= secret.length(); i++) {
            if (out.contains(secret.substring(i, i + 8))) {
                return true;
            }
        }
        return false;
    }

    private static void count(Map<String, int[]> counts, String key, boolean ok) {
        int[] c = counts.computeIfAbsent(key, k -> new int[2]);
        c[0] += ok ? 1 : 0;
        c[1]++;
    }

    private static void table(StringBuilder report, String title, Map<String, int[]> counts) {
        report.append(String.format("| %s | caught | total | %% |%n|---|---|---|---|%n", title));
        counts.forEach((k, c) -> report.append(String.format("| %s | %d | %d | %.1f |%n", k, c[0], c[1], 100.0 * c[0] / c[1])));
    }

    private static String abbreviate(String s) {
        String one = s.replace("\n", "\\n").replace("\t", "\\t");
        return one.length() > 220 ? one.substring(0, 220) + "…" : one;
    }
}
