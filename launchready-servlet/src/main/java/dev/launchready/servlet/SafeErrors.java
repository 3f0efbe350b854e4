package dev.launchready.servlet;

import dev.launchready.trace.ErrorPage;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;

/**
 * One response's watch for a 5xx the app sends without a body ({@code sendError(500, message)} or a
 * bare {@code setStatus(503)}): that gets the reference page, since the container's own error page
 * would show the message, which may be an exception's. A response the app wrote a body for is never
 * touched. Whichever wrapper the app writes to reports to it: {@link SafeErrorResponse}, or the
 * {@link EdgeResponse} that takes its place, so a response passes through one wrapper of ours, not two.
 */
final class SafeErrors {

    private final HttpServletRequest request;
    private final String requestId;
    private boolean bodyStarted;
    private boolean pageSent;

    SafeErrors(HttpServletRequest request, String requestId) {
        this.request = request;
        this.requestId = requestId;
    }

    /** The app asked for the stream or the writer: its body, whatever the status, is left alone. */
    void bodyStarted() {
        bodyStarted = true;
    }

    /**
     * The app called {@code sendError}: a 5xx on an open response is answered with the page here
     * ({@code true}); anything else is the container's to send.
     */
    boolean sendError(HttpServletResponse container, int status) throws IOException {
        if (status < 500 || container.isCommitted()) {
            return false;
        }
        container.resetBuffer();
        page(container, status);
        return true;
    }

    /** After the app returned: a 5xx status with no body and nothing sent yet gets the page. */
    void finish(HttpServletResponse container) throws IOException {
        if (!pageSent && !bodyStarted && container.getStatus() >= 500 && !container.isCommitted()) {
            page(container, container.getStatus());
        }
    }

    private void page(HttpServletResponse container, int status) throws IOException {
        pageSent = true;
        write(container, ErrorPage.of(status, requestId, request.getHeader("Accept")), status);
    }

    static void write(HttpServletResponse response, ErrorPage page, int status) throws IOException {
        response.setStatus(status);
        response.setHeader("Cache-Control", "no-store");
        response.setContentType(page.contentType());
        response.setContentLength(page.body().length);
        response.getOutputStream().write(page.body());
        response.flushBuffer();
    }
}
