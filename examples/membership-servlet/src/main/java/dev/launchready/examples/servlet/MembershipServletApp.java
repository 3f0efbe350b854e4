package dev.launchready.examples.servlet;

import dev.launchready.examples.common.AppConfig;
import dev.launchready.examples.common.Membership;
import jakarta.servlet.ServletContainerInitializer;
import java.util.Map;
import java.util.ServiceLoader;
import org.eclipse.jetty.ee10.servlet.ServletContextHandler;
import org.eclipse.jetty.server.Server;
import org.eclipse.jetty.server.ServerConnector;
import org.eclipse.jetty.server.handler.GracefulHandler;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/** Starts the membership app on embedded Jetty: {@code java -jar membership-servlet.jar}. */
public final class MembershipServletApp {

    private static final Logger log = LoggerFactory.getLogger(MembershipServletApp.class);
    /** Long enough for in-flight requests to finish after SIGTERM, short enough for a platform's kill deadline. */
    private static final long STOP_TIMEOUT_MILLIS = 30_000;

    private MembershipServletApp() {
    }

    public static void main(String[] args) throws Exception {
        start(System.getenv()).join();
    }

    /**
     * Starts the app and returns once it accepts connections.
     *
     * @param env the environment to read, {@link System#getenv()} in production; {@code PORT=0} picks a free port
     */
    public static RunningApp start(Map<String, String> env) throws Exception {
        AppConfig config = AppConfig.from(env);
        config.logSummary();
        Membership membership = Membership.create(config);

        Server server = new Server();
        ServerConnector connector = new ServerConnector(server);
        connector.setPort(config.port());
        server.addConnector(connector);

        ServletContextHandler context = new ServletContextHandler(ServletContextHandler.SESSIONS);
        context.setContextPath("/");
        // The application tag on every meter, and the pages the default servlet ("/") answers, so their
        // requests keep a route in http.server.requests instead of folding into UNKNOWN.
        context.setDisplayName("membership-servlet");
        context.setInitParameter("launchready.metrics.routes", "/,/pricing,/robots.txt,/favicon.ico");
        // What a servlet container does with the jars on its classpath; embedded Jetty leaves it to us.
        // This is how libraries such as LaunchReady add their filters without the app naming them.
        for (ServletContainerInitializer initializer : ServiceLoader.load(ServletContainerInitializer.class)) {
            context.addServletContainerInitializer(initializer);
        }
        Routes.register(context, membership);

        // Lets requests in flight finish on stop instead of being cut off.
        server.setHandler(new GracefulHandler(context));
        server.setStopTimeout(STOP_TIMEOUT_MILLIS);
        server.setStopAtShutdown(true);
        try {
            server.start();
        } catch (Exception e) {
            server.stop();
            throw e;
        }
        RunningApp app = new RunningApp(server, connector.getLocalPort());
        log.info("membership-servlet listening on {}", app.uri());
        return app;
    }
}
