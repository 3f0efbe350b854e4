package dev.launchready.maven;

import dev.launchready.cli.scan.ScanRequest;
import dev.launchready.cli.scan.ScanResult;
import dev.launchready.cli.scan.Scope;
import dev.launchready.cli.scan.SecretFinding;
import dev.launchready.cli.scan.SecretScanner;
import java.io.File;
import java.io.IOException;
import org.apache.maven.plugin.AbstractMojo;
import org.apache.maven.plugin.MojoExecutionException;
import org.apache.maven.plugin.MojoFailureException;
import org.apache.maven.plugins.annotations.LifecyclePhase;
import org.apache.maven.plugins.annotations.Mojo;
import org.apache.maven.plugins.annotations.Parameter;

/**
 * Fails the build when the project's files (or, with {@code includeHistory}, its git history) hold a
 * secret. The message lists each finding masked: file, line, column, rule and the first chars of the
 * secret with its length.
 */
@Mojo(name = "scan", defaultPhase = LifecyclePhase.VERIFY, threadSafe = true)
public final class ScanMojo extends AbstractMojo {

    /** Whether to skip the scan. */
    @Parameter(property = "launchready.scan.skip", defaultValue = "false")
    boolean skip;

    /** An earlier {@code launchready scan --format json} report or {@code --write-baseline} file: its findings are accepted. */
    @Parameter(property = "launchready.scan.baseline")
    File baseline;

    /** The allowlist file; default {@code .launchready-allowlist} in the directory, when present. */
    @Parameter(property = "launchready.scan.allowlist")
    File allowlist;

    /** Whether findings fail the build; when false they are logged as warnings. */
    @Parameter(property = "launchready.scan.failOnFindings", defaultValue = "true")
    boolean failOnFindings;

    /** Whether to scan every commit reachable in git as well as the files. */
    @Parameter(property = "launchready.scan.includeHistory", defaultValue = "false")
    boolean includeHistory;

    /** The directory to scan. */
    @Parameter(property = "launchready.scan.directory", defaultValue = "${project.basedir}")
    File directory;

    /** Files larger than this many bytes are skipped and counted. */
    @Parameter(property = "launchready.scan.maxFileSize", defaultValue = "5242880")
    long maxFileSize;

    @Override
    public void execute() throws MojoExecutionException, MojoFailureException {
        if (skip) {
            getLog().info("launchready scan skipped");
            return;
        }
        ScanResult result;
        try {
            result = SecretScanner.scan(new ScanRequest(directory.toPath(), includeHistory ? Scope.HISTORY : Scope.WORKING_TREE,
                    maxFileSize, allowlist == null ? null : allowlist.toPath(), baseline == null ? null : baseline.toPath()));
        } catch (IOException | IllegalArgumentException e) {
            throw new MojoExecutionException("launchready scan could not run: " + e.getMessage(), e);
        }
        String summary = result.findings().size() + " secret(s) in " + result.files() + " files scanned ("
                + result.skippedBinary() + " binary, " + result.skippedTooLarge() + " over " + maxFileSize
                + " bytes skipped" + (result.accepted().isEmpty() ? "" : "; " + result.accepted().size() + " in the baseline") + ")";
        if (!result.hasFindings()) {
            getLog().info("launchready scan: " + summary);
            return;
        }
        StringBuilder message = new StringBuilder("launchready scan: ").append(summary).append(':');
        for (SecretFinding finding : result.findings()) {
            message.append(System.lineSeparator()).append("  ").append(finding);
        }
        message.append(System.lineSeparator()).append("Rotate each secret at its provider and move it out of the "
                + "repository; accept a false positive in " + ScanRequest.ALLOWLIST_FILE + " with a reason.");
        if (failOnFindings) {
            throw new MojoFailureException(message.toString());
        }
        getLog().warn(message.toString());
    }
}
