package dev.launchready.examples.common.journey;

import java.net.URI;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;

/** One HTTP response as the journey inspects it. */
public record Reply(URI uri, int status, String contentType, String location, byte[] body) {

    static Reply of(HttpResponse<byte[]> response) {
        return new Reply(response.uri(), response.statusCode(),
                response.headers().firstValue("Content-Type").orElse(""),
                response.headers().firstValue("Location").orElse(null),
                response.body());
    }

    public String text() {
        return new String(body, StandardCharsets.UTF_8);
    }

    /** The path a redirect points at, whether the server wrote the Location absolute or relative. */
    public String redirectPath() {
        return location == null ? null : uri.resolve(location).getPath();
    }

    /** For assertion messages: enough to see what went wrong without drowning in HTML. */
    public String describe() {
        String text = text();
        return uri + " -> " + status + " " + contentType + (location == null ? "" : " Location: " + location)
                + "\n" + (text.length() > 600 ? text.substring(0, 600) + "…" : text);
    }
}
