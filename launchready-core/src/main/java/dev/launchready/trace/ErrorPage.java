package dev.launchready.trace;

import java.nio.charset.StandardCharsets;
import java.util.Locale;

/**
 * The page a member sees when the app fails: what happened in one sentence and the reference that finds
 * the log line. Never a stack trace, an exception class or its message: those help an attacker and
 * can hold personal data, and the request ID already leads to them in the logs.
 *
 * @param contentType {@code text/html;charset=utf-8} for browsers, else {@code application/problem+json}
 * @param body the UTF-8 bytes to send
 */
public record ErrorPage(String contentType, byte[] body) {

    static final String HTML = "text/html;charset=utf-8";
    static final String PROBLEM_JSON = "application/problem+json";

    /**
     * @param status the 5xx (or other error) status being sent
     * @param requestId the request's ID, already validated by {@link RequestIds}; null when IDs are off
     * @param accept the request's {@code Accept} header, or null
     */
    public static ErrorPage of(int status, String requestId, String accept) {
        String title = title(status);
        String reference = requestId == null ? "" : requestId;
        if (wantsHtml(accept)) {
            String html = "<!doctype html>\n<html lang=\"en\"><head><meta charset=\"utf-8\">"
                    + "<meta name=\"viewport\" content=\"width=device-width,initial-scale=1\"><title>" + title
                    + "</title></head>\n<body style=\"font-family:system-ui,sans-serif;max-width:36em;margin:4em auto;"
                    + "padding:0 1em\"><h1>" + title + "</h1>\n<p>" + sentence(status) + "</p>\n"
                    + (reference.isEmpty() ? "" : "<p>If you contact support, quote this reference: <code>"
                            + reference + "</code></p>\n")
                    + "</body></html>\n";
            return new ErrorPage(HTML, html.getBytes(StandardCharsets.UTF_8));
        }
        String json = "{\"type\":\"about:blank\",\"title\":\"" + title + "\",\"status\":" + status
                + ",\"detail\":\"" + sentence(status) + "\""
                + (reference.isEmpty() ? "" : ",\"requestId\":\"" + reference + "\"") + "}";
        return new ErrorPage(PROBLEM_JSON, json.getBytes(StandardCharsets.UTF_8));
    }

    /** Browsers name HTML in Accept; API clients, curl and monitors get problem JSON. */
    static boolean wantsHtml(String accept) {
        if (accept == null) {
            return false;
        }
        String a = accept.toLowerCase(Locale.ROOT);
        return a.contains("text/html") || a.contains("application/xhtml+xml");
    }

    private static String title(int status) {
        return switch (status) {
            case 502 -> "Bad Gateway";
            case 503 -> "Service Unavailable";
            case 504 -> "Gateway Timeout";
            default -> status >= 500 ? "Something went wrong" : "Request failed";
        };
    }

    private static String sentence(int status) {
        return status == 503 ? "We are briefly unavailable. Please try again in a minute."
                : "Something went wrong on our side. It has been logged; please try again.";
    }
}
