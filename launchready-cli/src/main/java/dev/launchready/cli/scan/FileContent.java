package dev.launchready.cli.scan;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;

/** A file on disk. */
record FileContent(String path, Path file) implements Content {

    @Override
    public String commit() {
        return null;
    }

    @Override
    public long size() throws IOException {
        return Files.size(file);
    }

    @Override
    public byte[] read() throws IOException {
        return Files.readAllBytes(file);
    }
}
