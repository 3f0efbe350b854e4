package dev.launchready.examples.servlet;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.ServerSocket;
import java.net.Socket;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;

/**
 * A real nginx for a test: its own prefix directory under {@code target/nginx-it/}, {@code daemon off},
 * pid, logs, temp and cache paths inside it, listening on free loopback ports. When the binary is
 * missing the test fails (never skips), pointing at {@code scripts/ensure-servers.sh}.
 */
final class NginxProcess implements AutoCloseable {

    private static final Duration START_WITHIN = Duration.ofSeconds(10);

    private final Path prefix;
    private final Process process;

    private NginxProcess(Path prefix, Process process) {
        this.prefix = prefix;
        this.process = process;
    }

    /**
     * Starts nginx with {@code httpBlock} (the inside of {@code http { }}, with {@code PREFIX} standing
     * for the prefix directory) and waits until every port in {@code ports} accepts connections.
     */
    static NginxProcess start(String httpBlock, int... ports) throws IOException, InterruptedException {
        Path prefix = Files.createTempDirectory(Files.createDirectories(Path.of("target", "nginx-it")), "nginx-")
                .toAbsolutePath();
        Files.createDirectories(prefix.resolve("logs"));
        Files.createDirectories(prefix.resolve("temp"));
        String p = prefix.toString();
        // As root the workers would switch to "nobody", who cannot write our temp dir; as anyone else the
        // directive would only be ignored with a warning, so it is written for root alone.
        boolean root = "root".equals(System.getProperty("user.name"));
        String conf = (root ? "user root;\n" : "") + """
                worker_processes 1;
                daemon off;
                pid PREFIX/nginx.pid;
                error_log PREFIX/logs/error.log warn;
                events { worker_connections 1024; }
                http {
                  access_log off;
                  client_body_temp_path PREFIX/temp/body;
                  proxy_temp_path PREFIX/temp/proxy;
                  fastcgi_temp_path PREFIX/temp/fastcgi;
                  uwsgi_temp_path PREFIX/temp/uwsgi;
                  scgi_temp_path PREFIX/temp/scgi;
                """ + httpBlock + "\n}\n";
        Path file = prefix.resolve("nginx.conf");
        Files.writeString(file, conf.replace("PREFIX", p));
        Process process = new ProcessBuilder(binary().toString(), "-p", p + "/", "-c", file.toString(), "-e",
                p + "/logs/error.log").redirectErrorStream(true).redirectOutput(prefix.resolve("logs/stdout.log").toFile())
                .start();
        NginxProcess nginx = new NginxProcess(prefix, process);
        long deadline = System.nanoTime() + START_WITHIN.toNanos();
        for (int port : ports) {
            while (!accepts(port)) {
                if (!process.isAlive() || System.nanoTime() > deadline) {
                    String log = Files.exists(prefix.resolve("logs/error.log"))
                            ? Files.readString(prefix.resolve("logs/error.log")) : "";
                    nginx.close();
                    throw new AssertionError("nginx did not start on port " + port + ":\n" + log
                            + Files.readString(prefix.resolve("logs/stdout.log")));
                }
                Thread.sleep(20);
            }
        }
        return nginx;
    }

    Path prefix() {
        return prefix;
    }

    static Path binary() {
        List<String> dirs = new ArrayList<>(List.of(System.getenv().getOrDefault("PATH", "").split(":")));
        dirs.addAll(List.of("/usr/local/sbin", "/usr/sbin", "/sbin"));
        for (String dir : dirs) {
            Path candidate = Path.of(dir.isEmpty() ? "." : dir, "nginx");
            if (Files.isExecutable(candidate)) {
                return candidate;
            }
        }
        throw new AssertionError("nginx not found: run scripts/ensure-servers.sh");
    }

    static int freePort() {
        try (ServerSocket socket = new ServerSocket(0, 1, InetAddress.getLoopbackAddress())) {
            return socket.getLocalPort();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static boolean accepts(int port) {
        try (Socket s = new Socket()) {
            s.connect(new InetSocketAddress(InetAddress.getLoopbackAddress(), port), 200);
            return true;
        } catch (IOException e) {
            return false;
        }
    }

    @Override
    public void close() {
        process.destroy(); // SIGTERM: fast shutdown
        try {
            if (!process.waitFor(5, TimeUnit.SECONDS)) {
                process.destroyForcibly().waitFor(5, TimeUnit.SECONDS);
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}
