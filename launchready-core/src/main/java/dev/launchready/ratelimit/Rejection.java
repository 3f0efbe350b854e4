package dev.launchready.ratelimit;

import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Locale;

/**
 * A 429: how long to wait, and the body for a browser (a short HTML page) or a JSON client
 * ({@code application/problem+json}, RFC 9457). Adapters add {@code Retry-After} and
 * {@code Cache-Control: no-store}; the request never reaches the app.
 */
public final class Rejection {

    private final String rule;
    private final long retryAfterSeconds;

    Rejection(String rule, Duration retryAfter) {
        this.rule = rule;
        // Rounded up, and at least 1: "Retry-After: 0" invites an immediate retry.
        this.retryAfterSeconds = Math.max(1, (retryAfter.toMillis() + 999) / 1000);
    }

    /** The name of the rule that said no. */
    public String rule() {
        return rule;
    }

    /** The {@code Retry-After} value in seconds, rounded up. */
    public long retryAfterSeconds() {
        return retryAfterSeconds;
    }

    /** Whether to answer with problem+json: the client asked for JSON, or sent JSON and did not ask for HTML. */
    public static boolean wantsJson(String accept, String contentType) {
        String a = accept == null ? "" : accept.toLowerCase(Locale.ROOT);
        String c = contentType == null ? "" : contentType.toLowerCase(Locale.ROOT);
        if (a.contains("json")) {
            return !a.contains("text/html") || a.indexOf("json") < a.indexOf("text/html");
        }
        return c.contains("json") && !a.contains("text/html");
    }

    public String contentType(boolean json) {
        return json ? "application/problem+json" : "text/html;charset=utf-8";
    }

    public byte[] body(boolean json) {
        String wait = retryAfterSeconds == 1 ? "1 second" : retryAfterSeconds + " seconds";
        String text = json
                ? "{\"type\":\"about:blank\",\"title\":\"Too Many Requests\",\"status\":429,"
                        + "\"detail\":\"Too many attempts. Try again in " + wait + ".\",\"retryAfter\":"
                        + retryAfterSeconds + "}"
                : "<!doctype html><html lang=\"en\"><head><meta charset=\"utf-8\"><title>Too many attempts</title>"
                        + "<meta name=\"viewport\" content=\"width=device-width,initial-scale=1\"></head><body>"
                        + "<h1>Too many attempts</h1><p>Please wait " + wait + " before trying again.</p>"
                        + "</body></html>";
        return text.getBytes(StandardCharsets.UTF_8);
    }
}
