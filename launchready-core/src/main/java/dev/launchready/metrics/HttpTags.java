package dev.launchready.metrics;

/**
 * Tag values of {@code http.server.requests}, spelled as Spring Boot spells them so the popular
 * dashboards (4701, 19004) work unchanged: {@code none}, {@code NOT_FOUND}, {@code REDIRECTION},
 * {@code UNKNOWN}, outcomes in capitals. Every value comes from a fixed set or the app's own route
 * templates, never from what a client sent.
 */
public final class HttpTags {

    /** The meter every dashboard queries. */
    public static final String METER = "http.server.requests";
    /** {@code exception} and {@code error} when nothing was thrown. */
    public static final String NONE = "none";
    /** {@code uri} of an unmatched 404. */
    public static final String NOT_FOUND = "NOT_FOUND";
    /** {@code uri} of an unmatched 3xx. */
    public static final String REDIRECTION = "REDIRECTION";
    /** {@code uri} of any other unmatched request (401, 403, 405 and 200 alike), and of an unknown method. */
    public static final String UNKNOWN = "UNKNOWN";
    /** {@code uri} of label sets beyond the cap: counted, never dropped. */
    public static final String OVERFLOW = "OVERFLOW";
    /** nginx's code for a client that closed the connection before the response: never a 5xx. */
    public static final int CLIENT_CLOSED = 499;

    private static final String[] METHODS = {"GET", "HEAD", "POST", "PUT", "DELETE", "OPTIONS", "PATCH", "TRACE",
        "CONNECT"};
    private static final String[] STATUSES = new String[600];

    static {
        for (int i = 100; i < STATUSES.length; i++) {
            STATUSES[i] = Integer.toString(i).intern();
        }
    }

    private HttpTags() {
    }

    /** The method as one of the nine standard ones, or {@code UNKNOWN}: a client cannot mint label values. */
    public static String method(String method) {
        return methodAt(methodIndex(method));
    }

    /** 0 to 8 for the standard methods (GET first), 9 for anything else. */
    public static int methodIndex(String method) {
        if (method != null) {
            for (int i = 0; i < METHODS.length; i++) {
                if (METHODS[i].equals(method)) {
                    return i;
                }
            }
        }
        return METHODS.length;
    }

    /** How many values {@link #methodIndex} has. */
    public static int methodCount() {
        return METHODS.length + 1;
    }

    static String methodAt(int index) {
        return index < METHODS.length ? METHODS[index] : UNKNOWN;
    }

    /** The status as text, from a fixed table (no allocation); outside 100-599: {@code UNKNOWN}. */
    public static String status(int status) {
        return status >= 100 && status < STATUSES.length ? STATUSES[status] : UNKNOWN;
    }

    /** Spring's outcome for a status. */
    public static String outcome(int status) {
        if (status >= 100 && status < 200) {
            return "INFORMATIONAL";
        }
        if (status >= 200 && status < 300) {
            return "SUCCESS";
        }
        if (status >= 300 && status < 400) {
            return "REDIRECTION";
        }
        if (status >= 400 && status < 500) {
            return "CLIENT_ERROR";
        }
        if (status >= 500 && status < 600) {
            return "SERVER_ERROR";
        }
        return UNKNOWN;
    }

    /**
     * The {@code uri} value: the matched route's template for every status (a 303 or 401 from
     * {@code /login} stays {@code /login}); unmatched requests fold by status, never to their path.
     *
     * @param template the route template the request matched, or null
     */
    public static String uri(String template, int status) {
        if (template != null) {
            return template;
        }
        if (status >= 300 && status < 400) {
            return REDIRECTION;
        }
        return status == 404 ? NOT_FOUND : UNKNOWN;
    }

    /** The {@code exception} value: the thrown class's simple name (never its message), or {@code none}. */
    public static String exception(Throwable error) {
        if (error == null) {
            return NONE;
        }
        String name = error.getClass().getSimpleName();
        return name.isEmpty() ? error.getClass().getName() : name;
    }

    /**
     * Whether a failure means the client went away (closed the connection or reset it) rather than a
     * fault of the app: such a request is recorded as {@link #CLIENT_CLOSED}, never as a 5xx.
     */
    public static boolean isClientAbort(Throwable error) {
        int depth = 0; // a cause chain may loop (A -> B -> A): look no deeper than any real one goes
        for (Throwable t = error; t != null && depth++ < 32; t = t.getCause() == t ? null : t.getCause()) {
            String type = t.getClass().getName();
            if (type.equals("org.eclipse.jetty.io.EofException")
                    || type.equals("org.apache.catalina.connector.ClientAbortException")
                    || type.equals("java.nio.channels.ClosedChannelException")
                    || type.equals("java.nio.channels.AsynchronousCloseException")
                   ) {
                return true;
            }
            String message = t.getMessage();
            if (t instanceof java.io.IOException && message != null
                    && (message.contains("Broken pipe") || message.contains("Connection reset by peer")
                    || message.contains("connection was aborted"))) {
                return true;
            }
        }
        return false;
    }
}
