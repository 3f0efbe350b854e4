package dev.launchready.servlet;

import jakarta.servlet.ServletContainerInitializer;
import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.net.URI;
import java.util.Map;
import java.util.ServiceLoader;
import java.util.function.Consumer;
import org.eclipse.jetty.ee10.servlet.ServletContextHandler;
import org.eclipse.jetty.ee10.servlet.ServletHolder;
import org.eclipse.jetty.server.Server;
import org.eclipse.jetty.server.ServerConnector;

/**
 * A real Jetty 12 on a loopback port, set up the way an embedded app does it: initializers come from
 * the class path through ServiceLoader, nothing names LaunchReady. The app's own servlet answers
 * "app" and opens a session, so a probe that reached it would show.
 */
final class JettyApp implements AutoCloseable {

    final Server server;
    final ServletContextHandler context;

    private JettyApp(Map<String, String> initParams, Consumer<ServletContextHandler> customize) {
        server = new Server();
        ServerConnector connector = new ServerConnector(server);
        connector.setHost("127.0.0.1");
        connector.setPort(0);
        server.addConnector(connector);
        context = new ServletContextHandler(ServletContextHandler.SESSIONS);
        context.setContextPath("/");
        initParams.forEach(context::setInitParameter);
        for (ServletContainerInitializer sci : ServiceLoader.load(ServletContainerInitializer.class)) {
            context.addServletContainerInitializer(sci);
        }
        context.addServlet(new ServletHolder(new AppServlet()), "/*");
        customize.accept(context);
        server.setHandler(context);
    }

    static JettyApp start(Map<String, String> initParams) throws Exception {
        return start(initParams, c -> { });
    }

    static JettyApp start(Map<String, String> initParams, Consumer<ServletContextHandler> customize) throws Exception {
        JettyApp app = new JettyApp(initParams, customize);
        try {
            app.server.start();
        } catch (Exception e) {
            app.server.stop();
            throw e;
        }
        return app;
    }

    URI uri(String path) {
        return URI.create("http://127.0.0.1:" + ((ServerConnector) server.getConnectors()[0]).getLocalPort() + path);
    }

    @Override
    public void close() {
        try {
            server.stop();
        } catch (Exception e) {
            throw new IllegalStateException("Jetty did not stop", e);
        }
    }

    static final class AppServlet extends HttpServlet {
        @Override
        protected void service(HttpServletRequest req, HttpServletResponse resp) throws IOException {
            req.getSession(true);
            resp.setContentType("text/plain");
            resp.getWriter().write("app");
        }
    }
}
