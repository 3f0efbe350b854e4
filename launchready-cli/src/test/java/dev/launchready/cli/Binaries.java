package dev.launchready.cli;

import java.nio.file.Files;
import java.nio.file.Path;

/** Finds a server binary on PATH or in the sbin directories; fails loudly when missing. */
final class Binaries {

    private Binaries() {
    }

    static String find(String name) {
        String path = System.getenv().getOrDefault("PATH", "");
        for (String dir : (path + ":/usr/local/sbin:/usr/sbin:/sbin").split(":")) {
            if (!dir.isEmpty() && Files.isExecutable(Path.of(dir, name))) {
                return Path.of(dir, name).toString();
            }
        }
        throw new IllegalStateException(name + " is not installed: run scripts/ensure-servers.sh (as root) first");
    }

    static void run(Path dir, String... command) throws Exception {
        Process process = new ProcessBuilder(command).directory(dir.toFile()).redirectErrorStream(true).start();
        String output = new String(process.getInputStream().readAllBytes());
        if (process.waitFor() != 0) {
            throw new IllegalStateException(String.join(" ", command) + " failed: " + output);
        }
    }
}
