package dev.launchready.benchmarks;

import jakarta.servlet.ServletOutputStream;
import jakarta.servlet.WriteListener;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletRequestWrapper;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.servlet.http.HttpServletResponseWrapper;
import jakarta.servlet.http.HttpSession;
import java.lang.reflect.Proxy;
import java.util.Collections;
import java.util.Enumeration;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * A request behind a trusted proxy (X-Forwarded-For, X-Forwarded-Proto: https) for an anonymous
 * visitor's GET /pricing, and a response that keeps headers in a map and counts body bytes without
 * storing them. Only the methods a request through the filter calls are implemented; any other throws.
 */
final class FakeExchange {

    final Request request = new Request();
    final Response response = new Response();

    private static <T> T unsupported(Class<T> type) {
        return type.cast(Proxy.newProxyInstance(type.getClassLoader(), new Class<?>[] {type}, (p, m, a) -> {
            throw new UnsupportedOperationException(m.getName());
        }));
    }

    private static final HttpServletRequest NO_REQUEST = unsupported(HttpServletRequest.class);
    private static final HttpServletResponse NO_RESPONSE = unsupported(HttpServletResponse.class);

    static final class Request extends HttpServletRequestWrapper {
        private static final Map<String, List<String>> HEADERS = new TreeMap<>(String.CASE_INSENSITIVE_ORDER);

        static {
            HEADERS.put("Host", List.of("example.com"));
            HEADERS.put("X-Forwarded-For", List.of("203.0.113.9"));
            HEADERS.put("X-Forwarded-Proto", List.of("https"));
            HEADERS.put("Cookie", List.of("_ga=GA1.2.345678; _gid=GA1.2.999"));
            HEADERS.put("Accept", List.of("text/html"));
        }

        private final Map<String, Object> attributes = new HashMap<>(4);

        Request() {
            super(NO_REQUEST);
        }

        @Override
        public String getMethod() {
            return "GET";
        }

        @Override
        public String getRequestURI() {
            return "/pricing";
        }

        @Override
        public String getContextPath() {
            return "";
        }

        @Override
        public String getServletPath() {
            return "/pricing";
        }

        @Override
        public String getPathInfo() {
            return null;
        }

        @Override
        public String getQueryString() {
            return null;
        }

        @Override
        public boolean isSecure() {
            return false;
        }

        @Override
        public String getRemoteAddr() {
            return "127.0.0.1";
        }

        @Override
        public String getHeader(String name) {
            List<String> v = HEADERS.get(name);
            return v == null ? null : v.get(0);
        }

        @Override
        public Enumeration<String> getHeaders(String name) {
            List<String> v = HEADERS.get(name);
            return Collections.enumeration(v == null ? List.of() : v);
        }

        @Override
        public String getRequestedSessionId() {
            return null;
        }

        @Override
        public HttpSession getSession(boolean create) {
            return null;
        }

        @Override
        public java.security.Principal getUserPrincipal() {
            return null;
        }

        @Override
        public boolean isAsyncStarted() {
            return false;
        }

        @Override
        public boolean isAsyncSupported() {
            return false;
        }

        @Override
        public Object getAttribute(String name) {
            return attributes.get(name);
        }

        @Override
        public void setAttribute(String name, Object o) {
            attributes.put(name, o);
        }
    }

    static final class Response extends HttpServletResponseWrapper {
        private final Map<String, String> headers = new TreeMap<>(String.CASE_INSENSITIVE_ORDER);
        private int status = 200;
        private long written;
        private boolean committed;
        private final ServletOutputStream out = new ServletOutputStream() {
            @Override
            public void write(int b) {
                written++;
                committed = true;
            }

            @Override
            public void write(byte[] b, int off, int len) {
                written += len;
                committed = true;
            }

            @Override
            public boolean isReady() {
                return true;
            }

            @Override
            public void setWriteListener(WriteListener listener) {
            }
        };

        Response() {
            super(NO_RESPONSE);
        }

        long written() {
            return written + headers.size();
        }

        @Override
        public void setHeader(String name, String value) {
            headers.put(name, value);
        }

        @Override
        public void addHeader(String name, String value) {
            headers.merge(name, value, (a, b) -> a + ", " + b);
        }

        @Override
        public String getHeader(String name) {
            return headers.get(name);
        }

        @Override
        public void setStatus(int sc) {
            status = sc;
        }

        @Override
        public int getStatus() {
            return status;
        }

        @Override
        public void setContentType(String type) {
            headers.put("Content-Type", type);
        }

        @Override
        public void setContentLength(int len) {
            headers.put("Content-Length", Integer.toString(len));
        }

        @Override
        public boolean isCommitted() {
            return committed;
        }

        @Override
        public ServletOutputStream getOutputStream() {
            return out;
        }
    }
}
