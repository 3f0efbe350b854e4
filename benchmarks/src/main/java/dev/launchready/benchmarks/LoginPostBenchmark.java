package dev.launchready.benchmarks;

import jakarta.servlet.ServletContainerInitializer;
import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
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
 * A whole login POST through Jetty 12 (in-memory connector): with LaunchReady's filter (client address
 * from X-Forwarded-For behind a trusted proxy, bounded body read, HMAC of the email, GCRA on the store,
 * outcome after the response) versus the same app without it. Limits are set high so every request
 * takes the full allowed path; the app reads the form as a real one would.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MICROSECONDS)
@Warmup(iterations = 3, time = 2)
@Measurement(iterations = 5, time = 2)
@Fork(value = 1, jvmArgsAppend = {"-Xms512m", "-Xmx512m", "-Dlaunchready.ratelimit.login.per-ip=1000000000/1s",
    "-Dlaunchready.ratelimit.login.failures-per-account-and-ip=1000000000/1s",
    "-Dlaunchready.ratelimit.login.failures-per-account=1000000000/1s", "-Dlaunchready.health.drain-period=0s",
    "-Dlaunchready.health.disk.enabled=false"})
public class LoginPostBenchmark {

    private static final String BODY = "email=member%40example.com&password=wrong-password-123";
    private static final String REQUEST = "POST /login HTTP/1.1\r\nHost: bench\r\nX-Forwarded-For: 203.0.113.9\r\n"
            + "Content-Type: application/x-www-form-urlencoded\r\nContent-Length: " + BODY.length()
            + "\r\nConnection: close\r\n\r\n" + BODY;

    private Server withLaunchReady;
    private LocalConnector withConnector;
    private Server bare;
    private LocalConnector bareConnector;

    @Setup(Level.Trial)
    public void start() throws Exception {
        withLaunchReady = new Server();
        withConnector = new LocalConnector(withLaunchReady);
        withLaunchReady.addConnector(withConnector);
        ServletContextHandler a = new ServletContextHandler();
        for (ServletContainerInitializer sci : ServiceLoader.load(ServletContainerInitializer.class)) {
            a.addServletContainerInitializer(sci);
        }
        a.addServlet(new ServletHolder(new Login()), "/login");
        withLaunchReady.setHandler(a);
        withLaunchReady.start();

        bare = new Server();
        bareConnector = new LocalConnector(bare);
        bare.addConnector(bareConnector);
        ServletContextHandler b = new ServletContextHandler();
        b.addServlet(new ServletHolder(new Login()), "/login");
        bare.setHandler(b);
        bare.start();

        for (LocalConnector c : new LocalConnector[] {withConnector, bareConnector}) {
            String answer = c.getResponse(REQUEST);
            if (!answer.startsWith("HTTP/1.1 401")) {
                throw new IllegalStateException("unexpected answer:\n" + answer);
            }
        }
    }

    @TearDown(Level.Trial)
    public void stop() throws Exception {
        withLaunchReady.stop();
        bare.stop();
    }

    @Benchmark
    public String withLaunchReady() throws Exception {
        return withConnector.getResponse(REQUEST);
    }

    @Benchmark
    public String bareApp() throws Exception {
        return bareConnector.getResponse(REQUEST);
    }

    static final class Login extends HttpServlet {
        @Override
        protected void doPost(HttpServletRequest req, HttpServletResponse resp) throws IOException {
            boolean ok = "member@example.com".equals(req.getParameter("email"))
                    && "right".equals(req.getParameter("password"));
            resp.setStatus(ok ? 303 : 401);
            resp.getWriter().write(ok ? "" : "wrong");
        }
    }
}
