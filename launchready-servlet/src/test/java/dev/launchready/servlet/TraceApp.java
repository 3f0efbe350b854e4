package dev.launchready.servlet;

import jakarta.servlet.AsyncContext;
import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.util.Map;
import org.eclipse.jetty.ee10.servlet.ServletContextHandler;
import org.eclipse.jetty.ee10.servlet.ServletHolder;
import org.slf4j.LoggerFactory;
import org.slf4j.MDC;

/** Servlets that fail, or hand work to other threads, the ways real apps do. */
final class TraceApp {

    static final String JDBC_PASSWORD = "s3cret-db-pass-77";
    static final String JDBC_URL = "jdbc:postgresql://db.internal:5432/app?user=app&password=" + JDBC_PASSWORD;

    private TraceApp() {
    }

    static JettyApp start(Map<String, String> initParams) throws Exception {
        return JettyApp.start(initParams, TraceApp::register);
    }

    /** What the MDC held for each request once the filter chain was done with it. */
    static final java.util.Queue<String> AFTER_REQUEST = new java.util.concurrent.ConcurrentLinkedQueue<>();

    static void register(ServletContextHandler context) {
        context.addEventListener(new jakarta.servlet.ServletRequestListener() {
            @Override
            public void requestDestroyed(jakarta.servlet.ServletRequestEvent event) {
                AFTER_REQUEST.add(java.util.Objects.requireNonNullElse(MDC.get("requestId"), "none"));
            }
        });
        add(context, "/mdc", (req, res) -> {
            LoggerFactory.getLogger("app").info("serving {}", req.getRequestURI());
            res.getWriter().write(String.valueOf(MDC.get("requestId")));
        });
        ServletHolder async = add(context, "/async", (req, res) -> {
            AsyncContext ac = req.startAsync();
            ac.start(() -> {
                try {
                    ac.getResponse().getWriter().write(String.valueOf(MDC.get("requestId")));
                } catch (IOException e) {
                    throw new java.io.UncheckedIOException(e);
                } finally {
                    ac.complete();
                }
            });
        });
        async.setAsyncSupported(true);
        ServletHolder dispatch = add(context, "/async-dispatch", (req, res) -> {
            AsyncContext ac = req.startAsync();
            new Thread(() -> ac.dispatch("/mdc"), "app-worker").start();
        });
        dispatch.setAsyncSupported(true);
        add(context, "/boom", (req, res) -> {
            throw new IllegalStateException("cannot reach " + JDBC_URL, new java.net.ConnectException("refused"));
        });
        add(context, "/boom-after-commit", (req, res) -> {
            res.getWriter().write("partial");
            res.flushBuffer();
            throw new IllegalStateException("late failure " + JDBC_URL);
        });
        add(context, "/send-error", (req, res) -> res.sendError(500, "java.sql.SQLException: " + JDBC_URL));
        add(context, "/status-503", (req, res) -> res.setStatus(503));
        add(context, "/own-500", (req, res) -> {
            res.setStatus(500);
            res.setContentType("application/json");
            res.getWriter().write("{\"error\":\"ours\"}");
        });
        add(context, "/client-gone", (req, res) -> {
            throw new org.eclipse.jetty.io.EofException("client closed the connection");
        });
        add(context, "/not-found", (req, res) -> res.sendError(404));
        add(context, "/bad-message", (req, res) -> {
            throw new IllegalStateException() {
                private static final long serialVersionUID = 1L;

                @Override
                public String getMessage() {
                    throw new UnsupportedOperationException("no message for you");
                }
            };
        });
    }

    interface Handler {
        void handle(HttpServletRequest request, HttpServletResponse response) throws IOException;
    }

    private static ServletHolder add(ServletContextHandler context, String path, Handler handler) {
        ServletHolder holder = new ServletHolder(new HttpServlet() {
            private static final long serialVersionUID = 1L;

            @Override
            protected void service(HttpServletRequest req, HttpServletResponse resp) throws IOException {
                handler.handle(req, resp);
            }
        });
        context.addServlet(holder, path);
        return holder;
    }
}
