package dev.launchready.health;

import java.io.IOException;
import java.nio.file.FileStore;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.Callable;

/** Fails when the file store holding a path has less usable space than a threshold. */
final class DiskSpaceCheck implements Callable<CheckResult> {

    private final Path path;
    private final long minFreeBytes;

    DiskSpaceCheck(Path path, long minFreeBytes) {
        this.path = path;
        this.minFreeBytes = minFreeBytes;
    }

    @Override
    public CheckResult call() throws IOException {
        FileStore store = Files.getFileStore(path);
        long free = store.getUsableSpace();
        String text = mebibytes(free) + " free, at least " + mebibytes(minFreeBytes) + " wanted";
        return free >= minFreeBytes ? CheckResult.pass(text) : CheckResult.fail(text);
    }

    private static String mebibytes(long bytes) {
        return (bytes >> 20) + " MiB";
    }
}
