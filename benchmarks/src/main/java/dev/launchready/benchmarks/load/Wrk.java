package dev.launchready.benchmarks.load;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;

/** The {@code wrk} binary with our Lua scripts, which it reads from a folder they are copied to. */
final class Wrk {

    private static final List<String> SCRIPTS = List.of("report.lua", "page.lua", "login.lua", "visitor.lua", "attacker.lua");

    private final String binary;
    private final Path scripts;

    private Wrk(String binary, Path scripts) {
        this.binary = binary;
        this.scripts = scripts;
    }

    static Wrk at(String binary, Path workDir) throws IOException {
        Path scripts = Files.createDirectories(workDir.resolve("wrk-scripts"));
        for (String name : SCRIPTS) {
            try (InputStream in = Wrk.class.getResourceAsStream(name)) {
                if (in == null) {
                    throw new IllegalStateException("missing resource " + name);
                }
                Files.write(scripts.resolve(name), in.readAllBytes());
            }
        }
        return new Wrk(binary, scripts);
    }

    /** Starts a run and returns at once, so the spike can run several side by side. */
    Run run(String script, URI target, int threads, int connections, int seconds, String... args) {
        List<String> command = new ArrayList<>(List.of(binary, "-t", Integer.toString(threads),
                "-c", Integer.toString(connections), "-d", seconds + "s", "--timeout", "10s",
                "-s", scripts.resolve(script).toString(), target.toString()));
        if (args.length > 0) {
            command.add("--");
            command.addAll(List.of(args));
        }
        try {
            Process process = new ProcessBuilder(command).redirectErrorStream(true).start();
            CompletableFuture<String> output = CompletableFuture.supplyAsync(() -> readAll(process));
            return new Run(String.join(" ", command), process, output, seconds);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot run " + binary + " (install Debian's wrk package)", e);
        }
    }

    private static String readAll(Process process) {
        try (InputStream in = process.getInputStream()) {
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** A run in progress. */
    record Run(String command, Process process, CompletableFuture<String> output, int seconds) {

        WrkReport report() throws InterruptedException {
            try {
                if (!process.waitFor(seconds + 60L, TimeUnit.SECONDS)) {
                    process.destroyForcibly();
                    throw new IllegalStateException("wrk did not finish: " + command);
                }
                String text = output.get();
                if (process.exitValue() != 0) {
                    throw new IllegalStateException("wrk failed (" + process.exitValue() + "): " + command + "\n" + text);
                }
                return WrkReport.parse(text);
            } catch (ExecutionException e) {
                throw new IllegalStateException("cannot read wrk's output: " + command, e.getCause());
            }
        }
    }
}
