package dev.launchready.redis;

import static org.junit.jupiter.api.Assertions.fail;

import java.io.File;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.ServerSocket;
import java.net.Socket;
import java.net.UnknownHostException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.locks.LockSupport;

/**
 * A real {@code redis-server} for a test: on a free port of 127.0.0.1, persisting nothing, its output in
 * {@code target/redis-it/}. Stop it and start it again on the same port to simulate an outage. When the
 * binary is missing the test fails (never skips), pointing at {@code scripts/ensure-servers.sh}.
 */
final class RedisServerProcess implements AutoCloseable {

    static final String HOST = "127.0.0.1";
    private static final Duration START_WITHIN = Duration.ofSeconds(10);
    private static final Duration STOP_WITHIN = Duration.ofSeconds(5);

    private final Path binary;
    private final int port;
    private final List<String> extraArgs;
    private final Path log;
    private Process process;
    private Thread killOnExit;

    private RedisServerProcess(Path binary, int port, List<String> extraArgs) {
        this.binary = binary;
        this.port = port;
        this.extraArgs = List.copyOf(extraArgs);
        this.log = Path.of("target", "redis-it", "redis-" + port + ".log");
    }

    /** Starts a server on a free port, with extra arguments such as {@code --requirepass s3cret}. */
    static RedisServerProcess start(String... extraArgs) {
        RedisServerProcess server = new RedisServerProcess(binary(), freePort(), List.of(extraArgs));
        server.start();
        return server;
    }

    /** A node with Cluster enabled (its nodes file named after its port), not yet part of a cluster. */
    static RedisServerProcess startClusterNode() {
        // The cluster bus gets its own free port: by default it is the port + 10000, which may be taken.
        int[] ports = freePorts(2);
        int port = ports[0];
        RedisServerProcess server = new RedisServerProcess(binary(), port, List.of("--cluster-enabled", "yes",
                "--cluster-port", Integer.toString(ports[1]), "--cluster-config-file", "nodes-" + port + ".conf",
                "--cluster-node-timeout", "2000"));
        try {
            Files.deleteIfExists(server.log.resolveSibling("nodes-" + port + ".conf"));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        server.start();
        return server;
    }

    /** The {@code redis-server} binary on the PATH; fails the test when there is none. */
    static Path binary() {
        return findOnPath("redis-server")
                .orElseThrow(() -> new AssertionError("redis-server not found: run scripts/ensure-servers.sh"));
    }

    /** A port on 127.0.0.1 that nothing listened on a moment ago. */
    static int freePort() {
        return freePorts(1)[0];
    }

    /** {@code count} different such ports: each socket stays open until all are chosen. */
    static int[] freePorts(int count) {
        List<ServerSocket> open = new ArrayList<>();
        try {
            int[] ports = new int[count];
            for (int i = 0; i < count; i++) {
                ServerSocket socket = new ServerSocket(0, 1, loopback());
                socket.setReuseAddress(true);
                open.add(socket);
                ports[i] = socket.getLocalPort();
            }
            return ports;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } finally {
            for (ServerSocket socket : open) {
                try {
                    socket.close();
                } catch (IOException e) {
                    // nothing listens on it any more either way
                }
            }
        }
    }

    int port() {
        return port;
    }

    /** {@code redis://127.0.0.1:port}, or with user info such as {@code :s3cret}. */
    String url(String userInfo) {
        return "redis://" + (userInfo == null ? "" : userInfo + "@") + HOST + ":" + port;
    }

    String url() {
        return url(null);
    }

    boolean isRunning() {
        return process != null && process.isAlive();
    }

    /** Stops the server and waits until it has exited. */
    void stop() {
        Process p = process;
        if (p == null) {
            return;
        }
        process = null;
        p.destroy(); // SIGTERM: redis shuts down at once (and saves nothing, with --save "")
        try {
            if (!p.waitFor(STOP_WITHIN.toMillis(), TimeUnit.MILLISECONDS)) {
                p.destroyForcibly().waitFor(STOP_WITHIN.toMillis(), TimeUnit.MILLISECONDS);
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            p.destroyForcibly();
        }
        if (killOnExit != null) {
            try {
                Runtime.getRuntime().removeShutdownHook(killOnExit);
            } catch (IllegalStateException e) {
                // already shutting down
            }
            killOnExit = null;
        }
    }

    /** {@code kill -9}: the server dies at once, mid-command, without closing a connection cleanly. */
    void kill() {
        Process p = process;
        if (p == null) {
            return;
        }
        process = null;
        p.destroyForcibly(); // SIGKILL
        try {
            p.waitFor(STOP_WITHIN.toMillis(), TimeUnit.MILLISECONDS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
        if (killOnExit != null) {
            try {
                Runtime.getRuntime().removeShutdownHook(killOnExit);
            } catch (IllegalStateException e) {
                // already shutting down
            }
            killOnExit = null;
        }
    }

    /** Starts the server again on the same port, after {@link #stop()}. */
    void restart() {
        if (isRunning()) {
            throw new IllegalStateException("redis on port " + port + " is still running");
        }
        start();
    }

    @Override
    public void close() {
        stop();
    }

    private void start() {
        List<String> command = new ArrayList<>(List.of(binary.toString(), "--port", Integer.toString(port),
                "--bind", HOST, "--save", "", "--appendonly", "no", "--daemonize", "no",
                "--dir", log.getParent().toAbsolutePath().toString()));
        command.addAll(extraArgs);
        try {
            Files.createDirectories(log.getParent());
            process = new ProcessBuilder(command).redirectErrorStream(true)
                    .redirectOutput(ProcessBuilder.Redirect.appendTo(log.toFile()))
                    .redirectInput(ProcessBuilder.Redirect.from(new File("/dev/null")))
                    .start();
        } catch (IOException e) {
            throw new UncheckedIOException("cannot start " + binary, e);
        }
        Process p = process;
        killOnExit = new Thread(p::destroyForcibly, "kill-redis-" + port);
        Runtime.getRuntime().addShutdownHook(killOnExit);
        awaitAccepting(p);
    }

    /** Waits until the port accepts connections, failing early when the process exits. */
    private void awaitAccepting(Process p) {
        long deadline = System.nanoTime() + START_WITHIN.toNanos();
        while (true) {
            if (!p.isAlive()) {
                fail("redis-server on port " + port + " exited with " + p.exitValue() + ":\n" + logTail());
            }
            try (Socket socket = new Socket()) {
                socket.connect(new InetSocketAddress(loopback(), port), 200);
                return;
            } catch (IOException e) {
                // not listening yet
            }
            if (System.nanoTime() > deadline) {
                stop();
                fail("redis-server on port " + port + " did not accept connections within " + START_WITHIN
                        + ":\n" + logTail());
            }
            LockSupport.parkNanos(TimeUnit.MILLISECONDS.toNanos(20));
        }
    }

    private String logTail() {
        try {
            List<String> lines = Files.readAllLines(log, StandardCharsets.UTF_8);
            return String.join("\n", lines.subList(Math.max(0, lines.size() - 20), lines.size()));
        } catch (IOException e) {
            return "(no log: " + e.getMessage() + ")";
        }
    }

    private static InetAddress loopback() {
        try {
            return InetAddress.getByName(HOST);
        } catch (UnknownHostException e) {
            throw new IllegalStateException(e);
        }
    }

    private static Optional<Path> findOnPath(String name) {
        String path = System.getenv("PATH");
        if (path == null) {
            return Optional.empty();
        }
        for (String dir : path.split(File.pathSeparator)) {
            if (dir.isEmpty()) {
                continue;
            }
            Path candidate = Path.of(dir, name);
            if (Files.isRegularFile(candidate) && Files.isExecutable(candidate)) {
                return Optional.of(candidate);
            }
        }
        return Optional.empty();
    }
}
