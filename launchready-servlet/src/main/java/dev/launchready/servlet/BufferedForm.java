package dev.launchready.servlet;

import dev.launchready.ratelimit.account.FormUrlEncoded;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The form parameters of a body LaunchReady has already started reading, so the container cannot
 * parse them any more: read from the whole body (buffered head and the rest) and parsed the same way
 * the limiter parsed the head, so the app and the limiter agree on every value.
 *
 * <p>As in Tomcat, a body that fails to arrive or exceeds {@link #MAX_BYTES} yields no body
 * parameters (the query string's remain); the app sees missing fields, never half of a value.
 */
final class BufferedForm {

    /** Tomcat's default {@code maxPostSize}; Jetty's default is smaller (200 KB) and refuses larger forms. */
    static final int MAX_BYTES = 2 * 1024 * 1024;

    private BufferedForm() {
    }

    /** The body's parameters in body order, each with its values in order; empty when unreadable. */
    static Map<String, List<String>> read(InputStream body, Charset charset) {
        byte[] bytes = new byte[8192];
        int n = 0;
        try {
            int r;
            while ((r = body.read(bytes, n, bytes.length - n)) >= 0) {
                n += r;
                if (n > MAX_BYTES) {
                    return Map.of();
                }
                if (n == bytes.length) {
                    bytes = Arrays.copyOf(bytes, Math.min(bytes.length * 2, MAX_BYTES + 1));
                }
            }
        } catch (IOException e) {
            return Map.of();
        }
        return parse(bytes, n, charset);
    }

    /**
     * The query string's parameters, decoded as UTF-8 (Jetty's and Tomcat's default URI encoding). Parsed
     * here rather than asked of the container: Jetty 12.1 answers {@code getParameter} by parsing whatever
     * is left of a form body even after its stream was taken, which would eat the bytes the app needs.
     */
    static Map<String, List<String>> query(String queryString) {
        if (queryString == null) {
            return Map.of();
        }
        byte[] bytes = queryString.getBytes(StandardCharsets.UTF_8);
        return parse(bytes, bytes.length, StandardCharsets.UTF_8);
    }

    private static Map<String, List<String>> parse(byte[] bytes, int length, Charset charset) {
        Map<String, List<String>> parameters = new LinkedHashMap<>();
        FormUrlEncoded.forEach(bytes, length, charset, (name, value) -> {
            parameters.computeIfAbsent(name, k -> new ArrayList<>()).add(value);
            return true;
        });
        return parameters;
    }

    /** Query parameters first, then the body's, as {@code ServletRequest.getParameterMap} orders them; unmodifiable. */
    static Map<String, String[]> merge(Map<String, List<String>> query, Map<String, List<String>> body) {
        Map<String, List<String>> merged = new LinkedHashMap<>();
        query.forEach((name, values) -> merged.computeIfAbsent(name, k -> new ArrayList<>()).addAll(values));
        body.forEach((name, values) -> merged.computeIfAbsent(name, k -> new ArrayList<>()).addAll(values));
        Map<String, String[]> result = new LinkedHashMap<>();
        merged.forEach((name, values) -> result.put(name, values.toArray(new String[0])));
        return Collections.unmodifiableMap(result);
    }
}
