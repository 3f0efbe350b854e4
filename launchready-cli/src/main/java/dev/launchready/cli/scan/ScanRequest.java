package dev.launchready.cli.scan;

import java.nio.file.Path;
import java.util.Objects;

/**
 * What to scan and how.
 *
 * @param directory the directory; in a git repository, paths are reported relative to it
 * @param scope working tree, staged files or the whole history
 * @param maxFileSize files larger than this many bytes are skipped and counted
 * @param allowlist the allowlist file, or {@code null} for {@code .launchready-allowlist} in the directory if present
 * @param baseline an earlier JSON report whose findings are accepted, or {@code null}
 */
public record ScanRequest(Path directory, Scope scope, long maxFileSize, Path allowlist, Path baseline) {

    /** 5 MB: larger files are rarely source, and a secret in one is still found by a history scan of its commit. */
    public static final long DEFAULT_MAX_FILE_SIZE = 5L * 1024 * 1024;

    /** The name of the allowlist file read from the scanned directory when none is given. */
    public static final String ALLOWLIST_FILE = ".launchready-allowlist";

    public ScanRequest {
        Objects.requireNonNull(directory, "directory");
        Objects.requireNonNull(scope, "scope");
        if (maxFileSize < 1) {
            throw new IllegalArgumentException("max file size must be at least 1 byte, got " + maxFileSize);
        }
    }

    /** The working tree of {@code directory} with the default size limit and its own allowlist file. */
    public static ScanRequest of(Path directory) {
        return new ScanRequest(directory, Scope.WORKING_TREE, DEFAULT_MAX_FILE_SIZE, null, null);
    }

    public ScanRequest withScope(Scope newScope) {
        return new ScanRequest(directory, newScope, maxFileSize, allowlist, baseline);
    }

    public ScanRequest withMaxFileSize(long bytes) {
        return new ScanRequest(directory, scope, bytes, allowlist, baseline);
    }

    public ScanRequest withAllowlist(Path file) {
        return new ScanRequest(directory, scope, maxFileSize, file, baseline);
    }

    public ScanRequest withBaseline(Path file) {
        return new ScanRequest(directory, scope, maxFileSize, allowlist, file);
    }
}
