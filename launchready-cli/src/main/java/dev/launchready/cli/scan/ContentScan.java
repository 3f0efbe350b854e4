package dev.launchready.cli.scan;

import dev.launchready.redact.Finding;
import dev.launchready.redact.Redactor;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;

/**
 * One file's contents to findings. The whole content goes through {@link Redactor#find} at once, so a
 * PEM block spanning lines is one finding and a 5 MB minified line costs one linear pass; line and
 * column are computed only when something was found.
 */
final class ContentScan {

    /** Git's own test for a binary file: a NUL byte in the first 8000-odd bytes. */
    static final int BINARY_PROBE = 8 * 1024;

    /** Personal data, not credentials: the redactor removes them from logs, a repository scan leaves them. */
    private static final Set<String> NOT_SECRETS = Set.of("email", "card", "iban");

    private final Redactor redactor;

    ContentScan(Redactor redactor) {
        this.redactor = redactor;
    }

    static boolean binary(byte[] bytes) {
        int n = Math.min(bytes.length, BINARY_PROBE);
        for (int i = 0; i < n; i++) {
            if (bytes[i] == 0) {
                return true;
            }
        }
        return false;
    }

    /** The findings in {@code bytes} (already checked not to be binary) of the file at {@code path}. */
    List<SecretFinding> scan(String path, byte[] bytes, String commit) {
        List<SecretFinding> out = new ArrayList<>(0);
        if (EnvFiles.isEnvFile(path)) {
            out.add(new SecretFinding(EnvFiles.RULE, path, 1, 1, 1, 1, commit, "committed " + EnvFiles.fileName(path),
                    Fingerprints.of(EnvFiles.RULE, path, path)));
        }
        String text = new String(bytes, StandardCharsets.UTF_8);
        List<Finding> found = redactor.find(text);
        if (found.isEmpty()) {
            return out;
        }
        LineIndex lines = null;
        for (Finding f : found) {
            if (NOT_SECRETS.contains(f.ruleId())) {
                continue;
            }
            String secret = text.substring(f.start(), f.end());
            if (!Literals.reportable(f.ruleId(), secret)) {
                continue;
            }
            if (lines == null) {
                lines = new LineIndex(text);
            }
            int line = lines.line(f.start());
            int endLine = lines.line(f.end());
            out.add(new SecretFinding(f.ruleId(), path, line, lines.column(line, f.start()), endLine,
                    lines.column(endLine, f.end()), commit, Mask.excerpt(secret), Fingerprints.of(f.ruleId(), path, secret)));
        }
        return out;
    }
}
