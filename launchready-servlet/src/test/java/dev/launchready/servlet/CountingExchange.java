package dev.launchready.servlet;

import jakarta.servlet.ServletOutputStream;
import jakarta.servlet.WriteListener;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.ByteArrayOutputStream;
import java.lang.reflect.Proxy;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * A GET request from a given peer with given headers, and a response keeping its headers, faked just
 * far enough for the filter's unit tests; it counts how often each request header is read, so a test
 * can see a header read once per request however many stages need it. Anything else throws.
 */
final class CountingExchange {

    final Map<String, Integer> headerReads = new TreeMap<>(String.CASE_INSENSITIVE_ORDER);
    final Map<String, String> responseHeaders = new TreeMap<>(String.CASE_INSENSITIVE_ORDER);
    final ByteArrayOutputStream body = new ByteArrayOutputStream();
    int remoteAddrReads;
    final HttpServletRequest request;
    final HttpServletResponse response;

    private final Map<String, List<String>> headers = new TreeMap<>(String.CASE_INSENSITIVE_ORDER);
    private final Map<String, Object> attributes = new HashMap<>();
    private int status = 200;
    private boolean committed;

    CountingExchange(String peer, String path, String... nameValues) {
        for (int i = 0; i < nameValues.length; i += 2) {
            headers.computeIfAbsent(nameValues[i], k -> new ArrayList<>()).add(nameValues[i + 1]);
        }
        request = (HttpServletRequest) Proxy.newProxyInstance(getClass().getClassLoader(),
                new Class<?>[] {HttpServletRequest.class}, (p, m, a) -> switch (m.getName()) {
                    case "getRemoteAddr" -> {
                        remoteAddrReads++;
                        yield peer;
                    }
                    case "getHeader" -> {
                        headerReads.merge((String) a[0], 1, Integer::sum);
                        List<String> v = headers.get((String) a[0]);
                        yield v == null ? null : v.get(0);
                    }
                    case "getHeaders" -> {
                        headerReads.merge((String) a[0], 1, Integer::sum);
                        yield Collections.enumeration(headers.getOrDefault((String) a[0], List.of()));
                    }
                    case "getAttribute" -> attributes.get((String) a[0]);
                    case "setAttribute" -> attributes.put((String) a[0], a[1]);
                    case "getMethod" -> "GET";
                    case "getRequestURI", "getServletPath" -> path;
                    case "getContextPath" -> "";
                    case "getPathInfo", "getQueryString", "getRequestedSessionId", "getSession", "getUserPrincipal",
                            "getHttpServletMapping", "getContentType" -> null;
                    case "isSecure", "isAsyncSupported", "isAsyncStarted" -> false;
                    case "hashCode" -> System.identityHashCode(p);
                    case "equals" -> p == a[0];
                    default -> throw new UnsupportedOperationException("request." + m.getName());
                });
        ServletOutputStream out = new ServletOutputStream() {
            @Override
            public void write(int b) {
                committed = true;
                body.write(b);
            }

            @Override
            public boolean isReady() {
                return true;
            }

            @Override
            public void setWriteListener(WriteListener listener) {
                throw new UnsupportedOperationException();
            }
        };
        response = (HttpServletResponse) Proxy.newProxyInstance(getClass().getClassLoader(),
                new Class<?>[] {HttpServletResponse.class}, (p, m, a) -> switch (m.getName()) {
                    case "setHeader" -> {
                        if (!committed) {
                            responseHeaders.put((String) a[0], (String) a[1]);
                        }
                        yield null;
                    }
                    case "addHeader" -> {
                        if (!committed) { // a second line shows as a joined value, so a duplicate fails a test
                            responseHeaders.merge((String) a[0], (String) a[1], (was, more) -> was + ", " + more);
                        }
                        yield null;
                    }
                    case "getHeader" -> responseHeaders.get((String) a[0]);
                    case "containsHeader" -> responseHeaders.containsKey((String) a[0]);
                    case "getStatus" -> status;
                    case "setStatus" -> {
                        status = (Integer) a[0];
                        yield null;
                    }
                    case "isCommitted" -> committed;
                    case "getOutputStream" -> out;
                    case "setContentType", "setContentLength" -> null;
                    case "hashCode" -> System.identityHashCode(p);
                    case "equals" -> p == a[0];
                    default -> throw new UnsupportedOperationException("response." + m.getName());
                });
    }
}
