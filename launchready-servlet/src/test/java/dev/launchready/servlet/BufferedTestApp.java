package dev.launchready.servlet;

import dev.launchready.ratelimit.account.AccountIdentifier;
import jakarta.servlet.AsyncContext;
import jakarta.servlet.DispatcherType;
import jakarta.servlet.Filter;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ReadListener;
import jakarta.servlet.ServletException;
import jakarta.servlet.ServletInputStream;
import jakarta.servlet.ServletRequest;
import jakarta.servlet.ServletResponse;
import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.Reader;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.Collections;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import org.eclipse.jetty.ee10.servlet.FilterHolder;
import org.eclipse.jetty.ee10.servlet.ServletContextHandler;
import org.eclipse.jetty.ee10.servlet.ServletHolder;

/**
 * A filter that wraps requests the way LaunchReady does and records what it found, and an app servlet
 * that reads the body as the {@code X-Read} header says (parameters, stream, reader or async) and echoes
 * what it read, so a test can compare it with what was sent. Both record by the {@code X-Test} header.
 */
final class BufferedTestApp {

    static final int LIMIT = 64;
    static final List<String> FIELDS = List.of("email", "username");

    /** What the filter saw. */
    record Seen(byte[] head, boolean complete, long contentLength, Optional<String> inBody, Optional<String> forApp) {
    }

    final Map<String, Seen> filterSaw = new ConcurrentHashMap<>();
    /** What the app read, as echoed; or the exception its read threw. */
    final Map<String, String> appSaw = new ConcurrentHashMap<>();

    void install(ServletContextHandler context) {
        FilterHolder filter = new FilterHolder(new Wrap());
        filter.setAsyncSupported(true);
        context.addFilter(filter, "/echo/*", EnumSet.of(DispatcherType.REQUEST));
        ServletHolder servlet = new ServletHolder(new Echo());
        servlet.setAsyncSupported(true);
        context.addServlet(servlet, "/echo/*");
    }

    private final class Wrap implements Filter {
        @Override
        public void doFilter(ServletRequest request, ServletResponse response, FilterChain chain)
                throws IOException, ServletException {
            HttpServletRequest http = (HttpServletRequest) request;
            BufferedRequest buffered = BufferedRequest.of(http, LIMIT);
            filterSaw.put(http.getHeader("X-Test"), new Seen(Arrays.copyOf(buffered.head(), buffered.headLength()),
                    buffered.complete(), http.getContentLengthLong(),
                    AccountIdentifier.find(buffered.head(), buffered.headLength(), http.getContentType(), FIELDS),
                    buffered.identifier(FIELDS)));
            chain.doFilter(buffered, response);
        }
    }

    private final class Echo extends HttpServlet {
        @Override
        protected void service(HttpServletRequest req, HttpServletResponse resp) throws IOException {
            String test = req.getHeader("X-Test");
            String how = Optional.ofNullable(req.getHeader("X-Read")).orElse("params");
            if (how.equals("async")) {
                readAsync(req, test);
                return;
            }
            byte[] echo;
            try {
                echo = switch (how) {
                    case "stream" -> req.getInputStream().readAllBytes();
                    case "reader" -> readAll(req.getReader()).getBytes(StandardCharsets.UTF_8);
                    default -> parameters(req).getBytes(StandardCharsets.UTF_8);
                };
            } catch (IOException e) {
                appSaw.put(test, "failed: " + e);
                throw e;
            }
            appSaw.put(test, new String(echo, StandardCharsets.UTF_8));
            resp.setContentType("application/octet-stream");
            resp.setContentLength(echo.length);
            resp.getOutputStream().write(echo);
        }

        private void readAsync(HttpServletRequest req, String test) throws IOException {
            AsyncContext async = req.startAsync();
            ServletInputStream in = req.getInputStream();
            ByteArrayOutputStream body = new ByteArrayOutputStream();
            in.setReadListener(new ReadListener() {
                @Override
                public void onDataAvailable() throws IOException {
                    byte[] chunk = new byte[100];
                    int n;
                    while (in.isReady() && (n = in.read(chunk)) != -1) {
                        body.write(chunk, 0, n);
                    }
                }

                @Override
                public void onAllDataRead() throws IOException {
                    appSaw.put(test, body.toString(StandardCharsets.UTF_8));
                    HttpServletResponse resp = (HttpServletResponse) async.getResponse();
                    resp.setContentLength(body.size());
                    resp.getOutputStream().write(body.toByteArray());
                    async.complete();
                }

                @Override
                public void onError(Throwable t) {
                    appSaw.put(test, "failed: " + t);
                    async.complete();
                }
            });
        }

        private static String readAll(Reader reader) throws IOException {
            StringWriter out = new StringWriter();
            reader.transferTo(out);
            return out.toString();
        }

        /** One line per parameter, in order: {@code name=[v1, v2]}, then what getParameter("email") gives. */
        private static String parameters(HttpServletRequest req) {
            StringBuilder out = new StringBuilder();
            for (String name : Collections.list(req.getParameterNames())) {
                out.append(name).append('=').append(Arrays.toString(req.getParameterValues(name))).append('\n');
            }
            return out.append("getParameter(email)=").append(req.getParameter("email")).toString();
        }
    }
}
