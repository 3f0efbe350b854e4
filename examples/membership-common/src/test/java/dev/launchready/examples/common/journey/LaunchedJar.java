package dev.launchready.examples.common.journey;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * An example app's packaged jar run as its own process, the way a user runs it, with everything it
 * prints to stdout and stderr kept: the real log output, through the app's own {@code logback.xml}.
 */
public final class LaunchedJar implements AutoCloseable {

    private static final Pattern LISTENING = Pattern.compile("listening on http://localhost:(\\d+)");

    private final Process process;
    private final StringBuffer output = new StringBuffer();
    private final Thread reader;

    private LaunchedJar(Process process) {
        this.process = process;
        this.reader = new Thread(this::read, "launched-jar-output");
        reader.setDaemon(true);
        reader.start();
    }

    /** Starts {@code java -jar jar} with {@code env} added and waits for its "listening on" line. */
    public static LaunchedJar start(Path jar, Map<String, String> env, Duration timeout) throws IOException, InterruptedException {
        if (!Files.isRegularFile(jar)) {
            throw new IllegalStateException(jar + " is missing: run the module's package phase first");
        }
        Path java = Path.of(System.getProperty("java.home"), "bin", "java");
        ProcessBuilder builder = new ProcessBuilder(java.toString(), "-Xmx256m", "-XX:TieredStopAtLevel=1", "-jar", jar.toString())
                .redirectErrorStream(true);
        builder.environment().putAll(env);
        LaunchedJar launched = new LaunchedJar(builder.start());
        Instant deadline = Instant.now().plus(timeout);
        while (launched.port() < 0) {
            if (!launched.process.isAlive() || Instant.now().isAfter(deadline)) {
                launched.close();
                throw new IllegalStateException("the app did not start:\n" + launched.output());
            }
            Thread.sleep(50);
        }
        return launched;
    }

    public URI uri() {
        return URI.create("http://127.0.0.1:" + port());
    }

    /** Everything printed so far. */
    public String output() {
        return output.toString();
    }

    /** Waits until the output contains {@code text}; the whole output either way. */
    public String awaitOutput(String text, Duration timeout) throws InterruptedException {
        Instant deadline = Instant.now().plus(timeout);
        while (!output().contains(text) && Instant.now().isBefore(deadline)) {
            Thread.sleep(20);
        }
        return output();
    }

    public List<String> lines() {
        return new ArrayList<>(output().lines().toList());
    }

    private int port() {
        Matcher m = LISTENING.matcher(output());
        return m.find() ? Integer.parseInt(m.group(1)) : -1;
    }

    private void read() {
        try (BufferedReader in = new BufferedReader(new InputStreamReader(process.getInputStream(), StandardCharsets.UTF_8))) {
            String line;
            while ((line = in.readLine()) != null) {
                output.append(line).append('\n');
            }
        } catch (IOException e) {
            output.append("[output closed: ").append(e.getMessage()).append("]\n");
        }
    }

    @Override
    public void close() {
        process.destroy();
        try {
            if (!process.waitFor(20, java.util.concurrent.TimeUnit.SECONDS)) {
                process.destroyForcibly().waitFor(10, java.util.concurrent.TimeUnit.SECONDS);
            }
            reader.join(5_000);
        } catch (InterruptedException e) {
            process.destroyForcibly();
            Thread.currentThread().interrupt();
        }
    }
}
