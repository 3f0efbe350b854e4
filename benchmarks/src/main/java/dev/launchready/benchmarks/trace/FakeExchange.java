package dev.launchready.benchmarks.trace;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletRequestWrapper;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.servlet.http.HttpServletResponseWrapper;
import java.lang.reflect.Proxy;
import java.util.Collections;
import java.util.Enumeration;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * A request and a response with just enough behaviour for a filter: headers, attributes, status, as
 * plain overrides (no reflection, no allocation of their own). Any other call fails loudly.
 */
final class FakeExchange {

    final Map<String, Object> attributes = new HashMap<>();
    final Map<String, String> requestHeaders = new HashMap<>();
    final Map<String, String> responseHeaders = new HashMap<>();
    int status = 200;
    final HttpServletRequest request;
    final HttpServletResponse response;

    FakeExchange(String uri) {
        request = new HttpServletRequestWrapper(unsupported(HttpServletRequest.class)) {
            @Override
            public String getRequestURI() {
                return uri;
            }

            @Override
            public String getContextPath() {
                return "";
            }

            @Override
            public String getMethod() {
                return "GET";
            }

            @Override
            public String getRemoteAddr() {
                return "127.0.0.1";
            }

            @Override
            public String getHeader(String name) {
                return requestHeaders.get(name);
            }

            @Override
            public Enumeration<String> getHeaders(String name) {
                String value = requestHeaders.get(name);
                return value == null ? Collections.emptyEnumeration() : Collections.enumeration(List.of(value));
            }

            @Override
            public Object getAttribute(String name) {
                return attributes.get(name);
            }

            @Override
            public void setAttribute(String name, Object value) {
                attributes.put(name, value);
            }

            @Override
            public boolean isAsyncSupported() {
                return false;
            }

            @Override
            public boolean isAsyncStarted() {
                return false;
            }
        };
        response = new HttpServletResponseWrapper(unsupported(HttpServletResponse.class)) {
            @Override
            public void setHeader(String name, String value) {
                responseHeaders.put(name, value);
            }

            @Override
            public String getHeader(String name) {
                return responseHeaders.get(name);
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
            public boolean isCommitted() {
                return false;
            }
        };
    }

    void reset() {
        attributes.clear();
        responseHeaders.clear();
        status = 200;
    }

    private static <T> T unsupported(Class<T> type) {
        return type.cast(Proxy.newProxyInstance(FakeExchange.class.getClassLoader(), new Class<?>[] {type},
                (proxy, method, args) -> {
                    throw new UnsupportedOperationException(method.getName());
                }));
    }
}
