package dev.launchready.cli.scan;

/** What a scan reads. */
public enum Scope {
    /** The files in the directory; in a git repository the tracked and untracked ones, not the ignored ones. */
    WORKING_TREE,
    /** The contents staged for the next commit ({@code git diff --cached}): for a pre-commit hook. */
    STAGED,
    /** The working tree plus every blob in every commit reachable from a ref, each read once. */
    HISTORY
}
