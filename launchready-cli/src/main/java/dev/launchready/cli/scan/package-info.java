/**
 * {@code launchready scan}: secrets in a directory, a git index or a git history. The way in is
 * {@link dev.launchready.cli.scan.SecretScanner#scan(ScanRequest)}, which the CLI's {@code ScanCommand} and
 * the Maven plugin both call: a source ({@code WorkingTree}, {@code StagedFiles}, {@code History}) lists
 * contents, {@code ContentScan} runs the core {@link dev.launchready.redact.Redactor} over each one and turns
 * offsets into {@link dev.launchready.cli.scan.SecretFinding}s with a masked excerpt and a fingerprint, then
 * the {@code Allowlist} and the {@code ScanBaseline} remove accepted ones. {@code ScanReports} prints text,
 * JSON or SARIF 2.1.0.
 */
package dev.launchready.cli.scan;
