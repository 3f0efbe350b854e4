package dev.launchready.redis;

import jakarta.servlet.ServletContainerInitializer;
import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.Map;
import java.util.ServiceLoader;
import org.eclipse.jetty.ee10.servlet.ServletContextHandler;
import org.eclipse.jetty.ee10.servlet.ServletHolder;
import org.eclipse.jetty.server.Server;
import org.eclipse.jetty.server.ServerConnector;

/**
 * One instance of a membership app on a real Jetty 12 over loopback, LaunchReady found on the class path as
 * in production (no code names it): {@code POST /login} answers 401 unless the password is right,
 * {@code POST /signup} always 200.
 */
final class AppInstance implements AutoCloseable {

    static final HttpClient HTTP = HttpClient.newBuilder().followRedirects(HttpClient.Redirect.NEVER)
            .connectTimeout(Duration.ofSeconds(5)).build();

    private final Server server;

    private AppInstance(Map<String, String> initParams) {
        server = new Server();
        ServerConnector connector = new ServerConnector(server);
        connector.setHost("127.0.0.1");
        connector.setPort(0);
        server.addConnector(connector);
        ServletContextHandler context = new ServletContextHandler();
        context.setContextPath("/");
        initParams.forEach(context::setInitParameter);
        for (ServletContainerInitializer sci : ServiceLoader.load(ServletContainerInitializer.class)) {
            context.addServletContainerInitializer(sci);
        }
        context.addServlet(new ServletHolder(new Forms()), "/*");
        server.setHandler(context);
    }

    static AppInstance start(Map<String, String> initParams) throws Exception {
        AppInstance app = new AppInstance(initParams);
        try {
            app.server.start();
        } catch (Exception e) {
            app.server.stop();
            throw e;
        }
        return app;
    }

    /** POSTs a form; the status code. */
    int post(String path, String form, String... headers) throws IOException, InterruptedException {
        HttpRequest.Builder b = HttpRequest.newBuilder(uri(path)).timeout(Duration.ofSeconds(10))
                .header("Content-Type", "application/x-www-form-urlencoded")
                .POST(HttpRequest.BodyPublishers.ofString(form));
        if (headers.length > 0) {
            b.headers(headers);
        }
        return HTTP.send(b.build(), HttpResponse.BodyHandlers.discarding()).statusCode();
    }

    HttpResponse<String> get(String path) throws IOException, InterruptedException {
        return HTTP.send(HttpRequest.newBuilder(uri(path)).timeout(Duration.ofSeconds(10)).build(),
                HttpResponse.BodyHandlers.ofString());
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

    static final class Forms extends HttpServlet {
        @Override
        protected void doPost(HttpServletRequest req, HttpServletResponse resp) throws IOException {
            if (req.getRequestURI().equals("/login") && !"right".equals(req.getParameter("password"))) {
                resp.setStatus(401);
            }
            resp.setContentType("text/plain");
            resp.getWriter().write("app");
        }
    }
}
