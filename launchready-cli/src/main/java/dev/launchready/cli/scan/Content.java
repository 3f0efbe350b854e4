package dev.launchready.cli.scan;

import java.io.IOException;

/** One file's contents to scan: a working-tree file, an index entry or a blob of a commit. */
interface Content {

    /** Relative to the scanned directory, {@code /}-separated. */
    String path();

    /** The commit that introduced it, or {@code null}. */
    String commit();

    /** Its size in bytes, known without reading it. */
    long size() throws IOException;

    byte[] read() throws IOException;
}
