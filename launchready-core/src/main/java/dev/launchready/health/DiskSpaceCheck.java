package dev.launchready.health;

import java.io.IOException;
import java.nio.file.FileStore;
import java.nio.file.Files;
import java.nio.file.Path;

/** Fails when the file store holding a path has less usable space than a threshold. */
final class DiskSpaceCheck implements HealthCheck {

    private final Path path;
    private final long minFreeBytes;
    private final boolean critical;

    DiskSpaceCheck(Path path, long minFreeBytes, boolean critical) {
        this.path = path;
        this.minFreeBytes = minFreeBytes;
        this.critical = critical;
    }

    @Override
    public String name() {
        return "disk";
    }

    @Override
    public boolean critical() {
        return critical;
    }

    @Override
    public CheckResult check() throws IOException {
        FileStore store = Files.getFileStore(path);
        long free = store.getUsableSpace();
        String text = mebibytes(free) + " free, at least " + mebibytes(minFreeBytes) + " wanted";
        return free >= minFreeBytes ? CheckResult.pass(text) : CheckResult.fail(text);
    }

    private static String mebibytes(long bytes) {
        return (bytes >> 20) + " MiB";
    }
}
