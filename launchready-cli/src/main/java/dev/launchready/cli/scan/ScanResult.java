package dev.launchready.cli.scan;

import java.util.List;

/**
 * What a scan found and what it read.
 *
 * @param findings the secrets left after the allowlist and the baseline, sorted by path, line, column
 * @param accepted the findings in the baseline (not failing), for {@code --write-baseline}
 * @param files contents scanned (files, staged entries or history blobs)
 * @param bytes bytes scanned
 * @param commits commits walked (history only)
 * @param skippedBinary contents skipped for a NUL byte in their first 8 KiB
 * @param skippedTooLarge contents skipped for being over the size limit
 * @param skippedAllowlisted contents skipped for an allowlisted path
 * @param allowlisted findings dropped by a rule or fingerprint entry of the allowlist
 */
public record ScanResult(List<SecretFinding> findings, List<SecretFinding> accepted, int files, long bytes,
        int commits, int skippedBinary, int skippedTooLarge, int skippedAllowlisted, int allowlisted) {

    public ScanResult {
        findings = List.copyOf(findings);
        accepted = List.copyOf(accepted);
    }

    /** Whether a build should fail. */
    public boolean hasFindings() {
        return !findings.isEmpty();
    }
}
