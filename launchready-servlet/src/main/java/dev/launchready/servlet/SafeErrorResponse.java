package dev.launchready.servlet;

import jakarta.servlet.ServletOutputStream;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.servlet.http.HttpServletResponseWrapper;
import java.io.IOException;
import java.io.PrintWriter;

/**
 * The response the app writes to when error pages are on: it reports to {@link SafeErrors}. Where
 * the response gets an {@link EdgeResponse}, that one reports instead and this wrapper leaves the
 * call path ({@link #errors()}).
 */
final class SafeErrorResponse extends HttpServletResponseWrapper {

    private final SafeErrors errors;

    SafeErrorResponse(HttpServletResponse response, HttpServletRequest request, String requestId) {
        super(response);
        this.errors = new SafeErrors(request, requestId);
    }

    SafeErrors errors() {
        return errors;
    }

    @Override
    public void sendError(int sc) throws IOException {
        sendError(sc, null);
    }

    @Override
    public void sendError(int sc, String message) throws IOException {
        if (!errors.sendError((HttpServletResponse) getResponse(), sc)) {
            super.sendError(sc, message);
        }
    }

    @Override
    public ServletOutputStream getOutputStream() throws IOException {
        errors.bodyStarted();
        return super.getOutputStream();
    }

    @Override
    public PrintWriter getWriter() throws IOException {
        errors.bodyStarted();
        return super.getWriter();
    }

    /** After the app returned, through whichever wrapper it wrote to. */
    void finish() throws IOException {
        errors.finish((HttpServletResponse) getResponse());
    }
}
