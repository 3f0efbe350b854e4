package dev.launchready.cli.scan;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Queue;
import java.util.Set;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicLong;
import org.eclipse.jgit.lib.Constants;
import org.eclipse.jgit.lib.ObjectId;
import org.eclipse.jgit.lib.ObjectInserter;

/** Scans contents on all cores and counts what was read and skipped; thread-safe. */
final class Tally {

    private final ContentScan scan;
    private final Allowlist allowlist;
    private final long maxFileSize;
    private final Queue<SecretFinding> findings = new ConcurrentLinkedQueue<>();
    final AtomicInteger files = new AtomicInteger();
    final AtomicLong bytes = new AtomicLong();
    final AtomicInteger binary = new AtomicInteger();
    final AtomicInteger tooLarge = new AtomicInteger();
    final AtomicInteger allowlistedPaths = new AtomicInteger();
    /** Blob ids a history scan has read already: the working tree skips files with the same content. */
    private volatile Set<ObjectId> committed = Set.of();

    Tally(ContentScan scan, Allowlist allowlist, long maxFileSize) {
        this.scan = scan;
        this.allowlist = allowlist;
        this.maxFileSize = maxFileSize;
    }

    void skipCommitted(Set<ObjectId> blobs) {
        this.committed = blobs;
    }

    /** Scans every content, in parallel; the first read error fails the whole scan. */
    void scanAll(List<? extends Content> contents) throws IOException {
        try {
            contents.parallelStream().forEach(c -> {
                try {
                    scan(c);
                } catch (IOException e) {
                    throw new UncheckedIOException("could not read " + c.path() + ": " + e.getMessage(), e);
                }
            });
        } catch (UncheckedIOException e) {
            throw new IOException(e.getMessage(), e.getCause());
        }
    }

    private void scan(Content content) throws IOException {
        if (content.path().equals(ScanRequest.ALLOWLIST_FILE)) {
            return; // it lists fingerprints, which look like findings
        }
        if (allowlist.skipsPath(content.path())) {
            allowlistedPaths.incrementAndGet();
            return;
        }
        if (content.size() > maxFileSize) {
            tooLarge.incrementAndGet();
            return;
        }
        byte[] data = content.read();
        if (!committed.isEmpty() && committed.contains(blobId(data))) {
            return;
        }
        if (ContentScan.binary(data)) {
            binary.incrementAndGet();
            return;
        }
        files.incrementAndGet();
        bytes.addAndGet(data.length);
        findings.addAll(scan.scan(content.path(), data, content.commit()));
    }

    private static ObjectId blobId(byte[] data) {
        return new ObjectInserter.Formatter().idFor(Constants.OBJ_BLOB, data);
    }

    List<SecretFinding> findings() {
        return new ArrayList<>(findings);
    }
}
