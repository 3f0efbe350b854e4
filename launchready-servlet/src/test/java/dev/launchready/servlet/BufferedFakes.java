package dev.launchready.servlet;

import jakarta.servlet.AsyncContext;
import jakarta.servlet.ReadListener;
import jakarta.servlet.ServletInputStream;
import jakarta.servlet.http.HttpServletRequest;
import java.io.IOException;
import java.lang.reflect.Proxy;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;

/** A container's request and body stream, faked just far enough for {@link BufferedRequest}'s unit tests. */
final class BufferedFakes {

    private BufferedFakes() {
    }

    /** A body stream that hands out at most {@code chunk} bytes per read, sometimes 0, then ends or fails. */
    static final class Body extends ServletInputStream {
        private final byte[] bytes;
        private final int chunk;
        private final IOException failure;
        private int position;
        private boolean zeroNext = true;
        boolean zeros = true;
        int reads;

        Body(byte[] bytes, int chunk, IOException failure) {
            this.bytes = bytes;
            this.chunk = chunk;
            this.failure = failure;
        }

        static Body of(String text) {
            return new Body(text.getBytes(StandardCharsets.UTF_8), Integer.MAX_VALUE, null);
        }

        @Override
        public int read() throws IOException {
            byte[] one = new byte[1];
            int n;
            while ((n = read(one, 0, 1)) == 0) {
                // a real container never returns 0 from a blocking read; BufferedRequest must cope anyway
            }
            return n < 0 ? -1 : one[0] & 0xFF;
        }

        @Override
        public int read(byte[] b, int off, int len) throws IOException {
            reads++;
            if (position == bytes.length) {
                if (failure != null) {
                    throw failure;
                }
                return -1;
            }
            if (zeros && chunk < Integer.MAX_VALUE && (zeroNext = !zeroNext)) {
                return 0;
            }
            int n = Math.min(Math.min(len, chunk), bytes.length - position);
            System.arraycopy(bytes, position, b, off, n);
            position += n;
            return n;
        }

        @Override
        public boolean isFinished() {
            return position == bytes.length;
        }

        @Override
        public boolean isReady() {
            return true;
        }

        @Override
        public void setReadListener(ReadListener readListener) {
            throw new UnsupportedOperationException();
        }
    }

    /** What the fake request answers; everything else throws. */
    static final class Request {
        ServletInputStream body = Body.of("");
        IOException inputStreamFailure;
        String contentType = "application/x-www-form-urlencoded";
        String encoding;
        String query;
        Map<String, String[]> containerParameters = new LinkedHashMap<>();
        boolean containerMustNotParse;
        boolean asyncStarted;

        Request body(ServletInputStream b) {
            body = b;
            return this;
        }

        Request contentType(String type, String characterEncoding) {
            contentType = type;
            encoding = characterEncoding;
            return this;
        }

        Request query(String queryString) {
            query = queryString;
            return this;
        }

        Request parameter(String name, String... values) {
            containerParameters.put(name, values);
            return this;
        }

        HttpServletRequest build() {
            return (HttpServletRequest) Proxy.newProxyInstance(getClass().getClassLoader(),
                    new Class<?>[] {HttpServletRequest.class}, (proxy, method, args) -> {
                        if (containerMustNotParse && method.getName().startsWith("getParameter")) {
                            throw new AssertionError("the container was asked to parse the form");
                        }
                        return answer(method.getName(), args);
                    });
        }

        private Object answer(String method, Object[] args) throws IOException {
            return switch (method) {
                case "getInputStream" -> {
                    if (inputStreamFailure != null) {
                        throw inputStreamFailure;
                    }
                    yield body;
                }
                case "getContentType" -> contentType;
                case "getCharacterEncoding" -> encoding;
                case "getQueryString" -> query;
                case "getParameterMap" -> Collections.unmodifiableMap(new LinkedHashMap<>(containerParameters));
                case "getParameter" -> {
                    String[] v = containerParameters.get((String) args[0]);
                    yield v == null ? null : v[0];
                }
                case "isAsyncStarted" -> asyncStarted;
                case "getAsyncContext" -> asyncContext();
                default -> throw new UnsupportedOperationException(method + Arrays.toString(args));
            };
        }

        /** Runs {@code start}'s task at once, standing in for a container thread. */
        private AsyncContext asyncContext() {
            return (AsyncContext) Proxy.newProxyInstance(getClass().getClassLoader(), new Class<?>[] {AsyncContext.class},
                    (proxy, method, args) -> {
                        if (method.getName().equals("start")) {
                            ((Runnable) args[0]).run();
                            return null;
                        }
                        throw new UnsupportedOperationException(method.getName());
                    });
        }
    }
}
