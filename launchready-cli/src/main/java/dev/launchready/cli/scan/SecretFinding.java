package dev.launchready.cli.scan;

/**
 * One secret in one file. Never holds the secret itself: {@code excerpt} shows at most its first four
 * characters and its length.
 *
 * @param ruleId the rule that found it, such as {@code stripe-secret-key} or {@code env-file}
 * @param path the file, relative to the scanned directory, with {@code /} separators
 * @param line the 1-based line where the secret starts
 * @param column the 1-based column (UTF-16 chars) where it starts
 * @param endLine the 1-based line where it ends
 * @param endColumn the column after its last char
 * @param commit the commit that introduced it, or {@code null} for the working tree and the index
 * @param excerpt the masked secret, such as {@code sk_l…(32 chars)}
 * @param fingerprint rule, path and a hash of the secret: stable when lines move, used by baselines and allowlists
 */
public record SecretFinding(String ruleId, String path, int line, int column, int endLine, int endColumn,
        String commit, String excerpt, String fingerprint) {

    /** {@code path:line:column}. */
    public String location() {
        return path + ":" + line + ":" + column;
    }

    /** One line for a build log: location, rule, masked excerpt and, from history, the commit. */
    @Override
    public String toString() {
        return location() + " " + ruleId + " " + excerpt + (commit == null ? "" : " (commit " + commit.substring(0, Math.min(12, commit.length())) + ")");
    }
}
