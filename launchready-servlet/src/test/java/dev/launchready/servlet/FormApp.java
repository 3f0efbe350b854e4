package dev.launchready.servlet;

import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.Map;
import java.util.concurrent.atomic.AtomicInteger;
import org.eclipse.jetty.ee10.servlet.ServletHolder;

/**
 * The forms of a membership app on a real Jetty: a login that answers 303 or 401 (form or JSON), a
 * reset that always answers 200, and counters of what reached the app, so a test sees what was limited.
 */
final class FormApp implements AutoCloseable {

    static final String PASSWORD = "right-password";

    final JettyApp app;
    final AtomicInteger loginsSeen = new AtomicInteger();
    final AtomicInteger resetsSeen = new AtomicInteger();
    volatile int lastBodyLength = -1;

    FormApp(Map<String, String> params) throws Exception {
        app = JettyApp.start(params, context -> {
            context.addServlet(new ServletHolder(new Login()), "/login");
            context.addServlet(new ServletHolder(new Reset()), "/password-reset");
        });
    }

    @Override
    public void close() {
        app.close();
    }

    final class Login extends HttpServlet {
        @Override
        protected void doPost(HttpServletRequest req, HttpServletResponse resp) throws IOException {
            loginsSeen.incrementAndGet();
            String password;
            String contentType = String.valueOf(req.getContentType());
            if (contentType.startsWith("application/json")) {
                String body = new String(req.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
                lastBodyLength = body.length();
                password = body.contains("\"password\":\"" + PASSWORD + "\"") ? PASSWORD : "";
            } else {
                password = req.getParameter("password");
                String padding = req.getParameter("padding");
                lastBodyLength = padding == null ? -1 : padding.length();
            }
            if (PASSWORD.equals(password)) {
                resp.sendRedirect("/members");
            } else {
                resp.setStatus(401);
                resp.setContentType("text/html");
                resp.getWriter().write("<form method=post action=/login>wrong</form>");
            }
        }
    }

    final class Reset extends HttpServlet {
        @Override
        protected void doPost(HttpServletRequest req, HttpServletResponse resp) throws IOException {
            resetsSeen.incrementAndGet();
            resp.setContentType("text/html");
            resp.getWriter().write("If the account exists, we sent a link.");
        }
    }
}
