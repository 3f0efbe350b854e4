package dev.launchready.servlet;

import jakarta.servlet.http.Cookie;
import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import org.eclipse.jetty.ee10.servlet.ServletContextHandler;
import org.eclipse.jetty.ee10.servlet.ServletHolder;

/** Servlets that answer in every way an app does: pages, sessions, cookies, errors, big bodies, static files. */
final class EdgeApp {

    /** Larger than Jetty's response buffer, so writing it commits the response mid-way. */
    static final byte[] BIG = big();

    private EdgeApp() {
    }

    static void register(ServletContextHandler context) {
        context.addServlet(new ServletHolder(servlet((req, res) -> text(res, "public page"))), "/page");
        context.addServlet(new ServletHolder(servlet((req, res) -> {
            req.getSession(true);
            text(res, "member page");
        })), "/members");
        context.addServlet(new ServletHolder(servlet((req, res) -> {
            res.setHeader("Cache-Control", "public, max-age=600");
            res.setHeader("CDN-Cache-Control", "max-age=600");
            res.setHeader("Cloudflare-CDN-Cache-Control", "max-age=600");
            res.setHeader("Surrogate-Control", "max-age=600");
            res.setDateHeader("Expires", System.currentTimeMillis() + 600_000);
            text(res, "app says public");
        })), "/app-public");
        context.addServlet(new ServletHolder(servlet((req, res) -> {
            res.setHeader("Cache-Control", "no-store");
            text(res, "app says no-store");
        })), "/app-no-store");
        context.addServlet(new ServletHolder(servlet((req, res) -> {
            res.setContentType("text/plain");
            res.getWriter().write("written first, ");
            res.addCookie(new Cookie("pref", "dark")); // still uncommitted: the policy must notice
            res.getWriter().write("cookie after");
        })), "/late-cookie");
        context.addServlet(new ServletHolder(servlet((req, res) -> {
            res.setContentType("application/octet-stream");
            res.getOutputStream().write(BIG);
        })), "/big");
        context.addServlet(new ServletHolder(servlet((req, res) -> {
            String name = req.getPathInfo() == null ? "" : req.getPathInfo().substring(1);
            if (name.equals("missing.3f9c0a1b2d.css")) {
                CacheMarks.staticFile(req);
                res.sendError(404);
                return;
            }
            CacheMarks.staticFile(req);
            res.setContentType("text/css");
            res.getWriter().write("body{}");
        })), "/static/*");
        context.addServlet(new ServletHolder(servlet((req, res) -> res.sendError(500))), "/boom");
        context.addServlet(new ServletHolder(servlet((req, res) -> {
            res.setHeader("X-Frame-Options", "SAMEORIGIN");
            res.setHeader("Content-Security-Policy", "default-src 'self'");
            text(res, "own headers");
        })), "/own-headers");
        context.addServlet(new ServletHolder(servlet((req, res) -> res.sendRedirect("/login"))), "/account/*");
    }

    private static void text(HttpServletResponse res, String body) throws IOException {
        byte[] bytes = body.getBytes(StandardCharsets.UTF_8);
        res.setContentType("text/plain;charset=UTF-8");
        res.setContentLength(bytes.length);
        res.getOutputStream().write(bytes);
    }

    private static byte[] big() {
        byte[] b = new byte[200_000];
        for (int i = 0; i < b.length; i++) {
            b[i] = (byte) ('a' + i % 26);
        }
        return Arrays.copyOf(b, b.length);
    }

    interface Handler {
        void handle(HttpServletRequest req, HttpServletResponse res) throws IOException;
    }

    private static HttpServlet servlet(Handler handler) {
        return new HttpServlet() {
            private static final long serialVersionUID = 1L;

            @Override
            protected void service(HttpServletRequest req, HttpServletResponse res) throws IOException {
                handler.handle(req, res);
            }
        };
    }
}
