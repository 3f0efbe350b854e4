package dev.launchready.servlet;

import dev.launchready.ratelimit.account.AccountIdentifier;
import dev.launchready.ratelimit.account.BodyType;
import jakarta.servlet.ServletInputStream;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletRequestWrapper;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.UnsupportedEncodingException;
import java.nio.charset.Charset;
import java.nio.charset.IllegalCharsetNameException;
import java.nio.charset.StandardCharsets;
import java.nio.charset.UnsupportedCharsetException;
import java.util.Arrays;
import java.util.Collections;
import java.util.Enumeration;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

/**
 * A request whose body LaunchReady has read the head of, once, to find the account a form names, and
 * which still gives the app the complete, unchanged body: {@link #getInputStream()} and
 * {@link #getReader()} replay the head and continue with the container's stream, and for
 * {@code application/x-www-form-urlencoded} the {@code getParameter} family parses the query string and
 * the whole body itself: the container never saw the bytes read here (Tomcat then ignores the body;
 * Jetty 12.1 parses whatever is left of it, eating bytes), so it is never asked for a form's parameters.
 *
 * <p>Reading is bounded by the limit and never trusts {@code Content-Length} (a chunked body has none).
 * A client that stops sending leaves an incomplete head, never an exception out of the filter; the app
 * meets the same {@code IOException} when its own read reaches that point. A client that sends nothing
 * while keeping the connection open holds the read until the container's idle timeout, as it would hold
 * the app's. Like a container request, not thread-safe; used by one thread at a time.
 */
final class BufferedRequest extends HttpServletRequestWrapper {

    private static final int FIRST_BUFFER = 8192;

    private enum Body { UNREAD, STREAM, READER, PARAMETERS }

    private final byte[] buffer;
    private final int headLength;
    private final boolean complete;
    private final BufferedInput input;
    private Body body = Body.UNREAD;
    private BufferedReader reader;
    private Map<String, List<String>> formParameters;

    private BufferedRequest(HttpServletRequest request, byte[] buffer, int headLength, boolean complete, BufferedInput input) {
        super(request);
        this.buffer = buffer;
        this.headLength = headLength;
        this.complete = complete;
        this.input = input;
    }

    /**
     * Reads up to {@code limit} bytes of the request's body (and one more, to tell whether that was all).
     * Whether to buffer at all is the caller's decision: only bodies LaunchReady parses should be.
     *
     * @throws IllegalStateException if {@code getReader()} was already called on the request
     */
    static BufferedRequest of(HttpServletRequest request, int limit) {
        if (limit < 0 || limit > Integer.MAX_VALUE - 16) {
            throw new IllegalArgumentException("limit " + limit);
        }
        byte[] buffer = new byte[Math.min(limit + 1, FIRST_BUFFER)];
        int n = 0;
        boolean atEnd = false;
        ServletInputStream in = null;
        IOException failure = null;
        try {
            in = request.getInputStream();
            while (n <= limit) {
                if (n == buffer.length) {
                    buffer = Arrays.copyOf(buffer, (int) Math.min(limit + 1L, buffer.length * 2L));
                }
                int r = in.read(buffer, n, buffer.length - n);
                if (r == 0) {
                    r = in.read(); // a stream that returns 0 would spin this loop; this read blocks or ends
                    if (r >= 0) {
                        buffer[n] = (byte) r;
                    }
                    r = r < 0 ? -1 : 1;
                }
                if (r < 0) {
                    atEnd = true;
                    break;
                }
                n += r;
            }
        } catch (IOException e) {
            failure = e;
        }
        BufferedInput input = new BufferedInput(request, buffer, n, in, atEnd, failure);
        return new BufferedRequest(request, buffer, Math.min(n, limit), atEnd, input);
    }

    /** The buffered bytes; only the first {@link #headLength()} are the head. Shared, not copied: do not modify. */
    byte[] head() {
        return buffer;
    }

    int headLength() {
        return headLength;
    }

    /** Whether the whole body fit in the limit and arrived: the head is the body. */
    boolean complete() {
        return complete;
    }

    /**
     * The account identifier the app will see, from the first of {@code fields} present. For a form,
     * {@code getParameter} prefers the query string, so that is searched first; otherwise the head, when it
     * is the complete body. Searching the body alone would let {@code POST /login?username=victim} with a
     * body naming a random account spend the random account's limit while the app checks the victim's password.
     */
    Optional<String> identifier(List<String> fields) {
        String contentType = getContentType();
        Optional<BodyType> type = BodyType.of(contentType);
        if (type.isEmpty()) {
            return Optional.empty();
        }
        String encoding = getCharacterEncoding();
        if (encoding != null && !contentType.toLowerCase(Locale.ROOT).contains("charset=")) {
            contentType += ";charset=" + encoding; // the container's default charset, as getParameter uses it
        }
        Map<String, String[]> query = type.get() == BodyType.FORM ? parametersBeforeTheBody() : Map.of();
        for (String field : fields) {
            String[] values = query.get(field);
            if (values != null && values.length > 0 && !values[0].isBlank()) {
                return Optional.of(values[0]);
            }
            Optional<String> fromBody = complete
                    ? AccountIdentifier.find(buffer, headLength, contentType, List.of(field)) : Optional.empty();
            if (fromBody.isPresent()) {
                return fromBody;
            }
        }
        return Optional.empty();
    }

    /** The parameters known before the body is read: the query string's, or the container's for an empty body. */
    private Map<String, String[]> parametersBeforeTheBody() {
        return ownsForm() ? BufferedForm.merge(BufferedForm.query(getQueryString()), Map.of()) : super.getParameterMap();
    }

    @Override
    public ServletInputStream getInputStream() {
        if (body == Body.READER) {
            throw new IllegalStateException("getReader() has already been called for this request");
        }
        if (body == Body.UNREAD) {
            body = Body.STREAM;
        }
        return input;
    }

    @Override
    public BufferedReader getReader() throws IOException {
        if (body == Body.STREAM) {
            throw new IllegalStateException("getInputStream() has already been called for this request");
        }
        if (reader == null) {
            reader = new BufferedReader(new InputStreamReader(input, readerCharset()));
            if (body == Body.UNREAD) {
                body = Body.READER;
            }
        }
        return reader;
    }

    /** The request's encoding; without one, UTF-8 for JSON (RFC 8259) and the servlet spec's ISO-8859-1 otherwise. */
    private Charset readerCharset() throws UnsupportedEncodingException {
        String encoding = getCharacterEncoding();
        if (encoding == null) {
            return BodyType.of(getContentType()).filter(BodyType.JSON::equals).isPresent()
                    ? StandardCharsets.UTF_8 : StandardCharsets.ISO_8859_1;
        }
        try {
            return Charset.forName(encoding);
        } catch (IllegalCharsetNameException | UnsupportedCharsetException e) {
            throw new UnsupportedEncodingException(encoding);
        }
    }

    @Override
    public String getParameter(String name) {
        String[] values = getParameterMap().get(name);
        return values == null || values.length == 0 ? null : values[0];
    }

    @Override
    public String[] getParameterValues(String name) {
        String[] values = getParameterMap().get(name);
        return values == null ? null : values.clone();
    }

    @Override
    public Enumeration<String> getParameterNames() {
        return Collections.enumeration(getParameterMap().keySet());
    }

    /**
     * For a form whose body we took: the query string's parameters followed by the body's, read and parsed
     * once on first use (or none of the body's when the app read the body itself first, as in a container).
     * For anything else, and for a form body that arrived empty (perhaps because a filter before ours had
     * the container parse it already): the container's own.
     */
    @Override
    public Map<String, String[]> getParameterMap() {
        if (!ownsForm()) {
            return super.getParameterMap();
        }
        if (formParameters == null) {
            if (body == Body.UNREAD) {
                body = Body.PARAMETERS;
                formParameters = BufferedForm.read(input, BodyType.named(getCharacterEncoding()));
            } else {
                formParameters = Map.of();
            }
        }
        return BufferedForm.merge(BufferedForm.query(getQueryString()), formParameters);
    }

    /** Whether the form parameters are ours to parse: a form body, with bytes the container can no longer see. */
    private boolean ownsForm() {
        return BodyType.of(getContentType()).filter(BodyType.FORM::equals).isPresent() && !(complete && headLength == 0);
    }
}
