package dev.launchready.benchmarks.redis;

import java.io.File;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.InetSocketAddress;
import java.net.ServerSocket;
import java.net.Socket;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.TimeUnit;

/** A {@code redis-server} of the benchmark's own on a free loopback port, when no URL is given. */
final class LocalRedis implements AutoCloseable {

    private final Process process;
    final String url;

    private LocalRedis(Process process, int port) {
        this.process = process;
        this.url = "redis://127.0.0.1:" + port;
    }

    static LocalRedis start() {
        Path binary = null;
        for (String dir : System.getenv("PATH").split(File.pathSeparator)) {
            if (!dir.isEmpty() && Files.isExecutable(Path.of(dir, "redis-server"))) {
                binary = Path.of(dir, "redis-server");
                break;
            }
        }
        if (binary == null) {
            throw new IllegalStateException("redis-server not found: run scripts/ensure-servers.sh, or pass -p redisUrl=...");
        }
        try {
            int port;
            try (ServerSocket s = new ServerSocket(0)) {
                port = s.getLocalPort();
            }
            Process p = new ProcessBuilder(binary.toString(), "--port", Integer.toString(port), "--bind", "127.0.0.1",
                    "--save", "", "--appendonly", "no").redirectErrorStream(true)
                    .redirectOutput(ProcessBuilder.Redirect.DISCARD).start();
            long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(10);
            while (true) {
                try (Socket socket = new Socket()) {
                    socket.connect(new InetSocketAddress("127.0.0.1", port), 200);
                    return new LocalRedis(p, port);
                } catch (IOException notYet) {
                    if (System.nanoTime() > deadline || !p.isAlive()) {
                        p.destroyForcibly();
                        throw new IllegalStateException("redis-server did not start on port " + port);
                    }
                    Thread.sleep(20);
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    @Override
    public void close() {
        process.destroyForcibly();
    }
}
