package dev.launchready.servlet;

import dev.launchready.trace.ErrorPage;
import jakarta.servlet.ServletOutputStream;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.servlet.http.HttpServletResponseWrapper;
import java.io.IOException;
import java.io.PrintWriter;

/**
 * Replaces the body of a 5xx the app sends without one ({@code sendError(500, message)} or a bare
 * {@code setStatus(503)}) with the reference page: the container's own error page would otherwise show
 * the message, which may be an exception's. Never touches a response the app wrote a body for.
 */
final class SafeErrorResponse extends HttpServletResponseWrapper {

    private final HttpServletRequest request;
    private final String requestId;
    private boolean bodyStarted;
    private boolean pageSent;

    SafeErrorResponse(HttpServletResponse response, HttpServletRequest request, String requestId) {
        super(response);
        this.request = request;
        this.requestId = requestId;
    }

    @Override
    public void sendError(int sc) throws IOException {
        sendError(sc, null);
    }

    @Override
    public void sendError(int sc, String message) throws IOException {
        if (sc < 500 || isCommitted()) {
            super.sendError(sc, message);
            return;
        }
        resetBuffer();
        page(sc);
    }

    @Override
    public ServletOutputStream getOutputStream() throws IOException {
        bodyStarted = true;
        return super.getOutputStream();
    }

    @Override
    public PrintWriter getWriter() throws IOException {
        bodyStarted = true;
        return super.getWriter();
    }

    /** After the app returned: a 5xx status with no body and nothing sent yet gets the page. */
    void finish() throws IOException {
        if (!pageSent && !bodyStarted && getStatus() >= 500 && !isCommitted()) {
            page(getStatus());
        }
    }

    private void page(int status) throws IOException {
        pageSent = true;
        writePage((HttpServletResponse) getResponse(), ErrorPage.of(status, requestId, request.getHeader("Accept")),
                status);
    }

    static void writePage(HttpServletResponse response, ErrorPage page, int status) throws IOException {
        response.setStatus(status);
        response.setHeader("Cache-Control", "no-store");
        response.setContentType(page.contentType());
        response.setContentLength(page.body().length);
        response.getOutputStream().write(page.body());
        response.flushBuffer();
    }
}
