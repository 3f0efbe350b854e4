package dev.launchready.examples.servlet;

import dev.launchready.examples.common.web.JsonBodies;
import dev.launchready.examples.common.web.Pages;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.nio.charset.StandardCharsets;

/** The three kinds of answer the app gives: an HTML page, a JSON body, a redirect. */
final class Replies {

    private Replies() {
    }

    static void html(HttpServletResponse response, int status, String page) throws IOException {
        write(response, status, Pages.CONTENT_TYPE, page.getBytes(StandardCharsets.UTF_8));
    }

    static void json(HttpServletResponse response, int status, String json) throws IOException {
        write(response, status, JsonBodies.CONTENT_TYPE, json.getBytes(StandardCharsets.UTF_8));
    }

    static void bytes(HttpServletResponse response, String contentType, byte[] body) throws IOException {
        write(response, HttpServletResponse.SC_OK, contentType, body);
    }

    /** 303 so the browser follows with a GET: reloading the next page never re-posts a form. */
    static void seeOther(HttpServletResponse response, String path) {
        response.setStatus(HttpServletResponse.SC_SEE_OTHER);
        response.setHeader("Location", path);
    }

    private static void write(HttpServletResponse response, int status, String contentType, byte[] body)
            throws IOException {
        response.setStatus(status);
        response.setContentType(contentType);
        response.setContentLength(body.length);
        response.getOutputStream().write(body);
    }
}
