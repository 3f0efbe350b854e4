package dev.launchready.servlet;

import jakarta.servlet.AsyncContext;
import jakarta.servlet.ServletRequest;
import jakarta.servlet.ServletResponse;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletRequestWrapper;

/** Hands the request's ID to work the app starts through {@link AsyncContext#start(Runnable)}. */
final class TracedRequest extends HttpServletRequestWrapper {

    private final String requestId;

    TracedRequest(HttpServletRequest request, String requestId) {
        super(request);
        this.requestId = requestId;
    }

    @Override
    public AsyncContext startAsync() {
        return new TracedAsyncContext(super.startAsync(), requestId);
    }

    @Override
    public AsyncContext startAsync(ServletRequest request, ServletResponse response) {
        return new TracedAsyncContext(super.startAsync(request, response), requestId);
    }

    @Override
    public AsyncContext getAsyncContext() {
        AsyncContext context = super.getAsyncContext();
        return context instanceof TracedAsyncContext ? context : new TracedAsyncContext(context, requestId);
    }
}
