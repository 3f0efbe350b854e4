package dev.launchready.examples.spring;

import dev.launchready.examples.common.web.Asset;
import dev.launchready.examples.common.web.JsonBodies;
import dev.launchready.examples.common.web.Pages;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;

/**
 * The kinds of answer the app gives, as controller return values and, for the security filters that answer
 * before any controller runs, written straight to the response.
 */
final class Replies {

    private static final MediaType HTML = MediaType.parseMediaType(Pages.CONTENT_TYPE);
    private static final MediaType JSON = MediaType.parseMediaType(JsonBodies.CONTENT_TYPE);

    private Replies() {
    }

    static ResponseEntity<String> html(int status, String page) {
        return ResponseEntity.status(status).contentType(HTML).body(page);
    }

    static ResponseEntity<String> json(int status, String json) {
        return ResponseEntity.status(status).contentType(JSON).body(json);
    }

    static ResponseEntity<byte[]> asset(Asset asset) {
        return ResponseEntity.ok().contentType(MediaType.parseMediaType(asset.contentType())).body(asset.bytes());
    }

    /** 303 so the browser follows with a GET: reloading the next page never re-posts a form. */
    static <T> ResponseEntity<T> seeOther(String path) {
        return ResponseEntity.status(303).location(URI.create(path)).build();
    }

    static void seeOther(HttpServletResponse response, String path) {
        response.setStatus(HttpServletResponse.SC_SEE_OTHER);
        response.setHeader("Location", path);
    }

    static void html(HttpServletResponse response, int status, String page) throws IOException {
        write(response, status, Pages.CONTENT_TYPE, page);
    }

    static void json(HttpServletResponse response, int status, String json) throws IOException {
        write(response, status, JsonBodies.CONTENT_TYPE, json);
    }

    private static void write(HttpServletResponse response, int status, String contentType, String body)
            throws IOException {
        byte[] bytes = body.getBytes(StandardCharsets.UTF_8);
        response.setStatus(status);
        response.setContentType(contentType);
        response.setContentLength(bytes.length);
        response.getOutputStream().write(bytes);
    }
}
