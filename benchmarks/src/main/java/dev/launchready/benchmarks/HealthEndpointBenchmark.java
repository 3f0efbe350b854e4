package dev.launchready.benchmarks;

import jakarta.servlet.ServletContainerInitializer;
import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.ServiceLoader;
import java.util.concurrent.TimeUnit;
import org.eclipse.jetty.ee10.servlet.ServletContextHandler;
import org.eclipse.jetty.ee10.servlet.ServletHolder;
import org.eclipse.jetty.server.LocalConnector;
import org.eclipse.jetty.server.Server;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Level;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.TearDown;
import org.openjdk.jmh.annotations.Warmup;

/**
 * A cached {@code /healthz} answer through LaunchReady's filter path versus a bare servlet that writes
 * the same bytes, both through Jetty 12's full HTTP handling on an in-memory connector (no sockets, so
 * the loopback network does not drown the difference). The ratio is the figure to read.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MICROSECONDS)
@Warmup(iterations = 3, time = 2)
@Measurement(iterations = 5, time = 2)
@Fork(value = 1, jvmArgsAppend = {"-Xms512m", "-Xmx512m"})
public class HealthEndpointBenchmark {

    private static final String REQUEST = "GET /healthz HTTP/1.1\r\nHost: bench\r\nX-Forwarded-For: 203.0.113.1\r\nConnection: close\r\n\r\n";
    private static final byte[] BODY = "{\"status\":\"pass\"}".getBytes(StandardCharsets.UTF_8);

    private Server launchReady;
    private LocalConnector launchReadyConnector;
    private Server bare;
    private LocalConnector bareConnector;

    @Setup(Level.Trial)
    public void start() throws Exception {
        System.setProperty("launchready.health.drain-period", "0s");
        System.setProperty("launchready.health.cache-ttl", "1h");

        launchReady = new Server();
        launchReadyConnector = new LocalConnector(launchReady);
        launchReady.addConnector(launchReadyConnector);
        ServletContextHandler withFilter = new ServletContextHandler(ServletContextHandler.SESSIONS);
        for (ServletContainerInitializer sci : ServiceLoader.load(ServletContainerInitializer.class)) {
            withFilter.addServletContainerInitializer(sci);
        }
        withFilter.addServlet(new ServletHolder(new NotFound()), "/*");
        launchReady.setHandler(withFilter);
        launchReady.start();

        bare = new Server();
        bareConnector = new LocalConnector(bare);
        bare.addConnector(bareConnector);
        ServletContextHandler plain = new ServletContextHandler(ServletContextHandler.SESSIONS);
        plain.addServlet(new ServletHolder(new SameBytes()), "/healthz");
        bare.setHandler(plain);
        bare.start();

        String a = launchReadyConnector.getResponse(REQUEST);
        String b = bareConnector.getResponse(REQUEST);
        if (!a.contains("200 OK") || !a.endsWith("{\"status\":\"pass\"}") || !b.endsWith("{\"status\":\"pass\"}")) {
            throw new IllegalStateException("the two servers do not answer alike:\n" + a + "\n---\n" + b);
        }
    }

    @TearDown(Level.Trial)
    public void stop() throws Exception {
        launchReady.stop();
        bare.stop();
    }

    @Benchmark
    public String launchReadyFilter() throws Exception {
        return launchReadyConnector.getResponse(REQUEST);
    }

    @Benchmark
    public String bareServlet() throws Exception {
        return bareConnector.getResponse(REQUEST);
    }

    /** Writes what LaunchReady writes for a public passing probe, the fastest a servlet can. */
    static final class SameBytes extends HttpServlet {
        @Override
        protected void doGet(HttpServletRequest req, HttpServletResponse resp) throws IOException {
            resp.setStatus(200);
            resp.setContentType("application/health+json");
            resp.setHeader("Cache-Control", "no-store");
            resp.setContentLength(BODY.length);
            resp.getOutputStream().write(BODY);
        }
    }

    static final class NotFound extends HttpServlet {
        @Override
        protected void service(HttpServletRequest req, HttpServletResponse resp) throws IOException {
            resp.sendError(404);
        }
    }
}
