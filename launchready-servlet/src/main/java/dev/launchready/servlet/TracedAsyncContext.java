package dev.launchready.servlet;

import dev.launchready.trace.RequestIds;
import jakarta.servlet.AsyncContext;
import jakarta.servlet.AsyncListener;
import jakarta.servlet.ServletContext;
import jakarta.servlet.ServletException;
import jakarta.servlet.ServletRequest;
import jakarta.servlet.ServletResponse;
import org.slf4j.MDC;

/** An {@link AsyncContext} whose {@code start} runs the app's work with the request's ID in the MDC. */
final class TracedAsyncContext implements AsyncContext {

    private final AsyncContext delegate;
    private final String requestId;

    TracedAsyncContext(AsyncContext delegate, String requestId) {
        this.delegate = delegate;
        this.requestId = requestId;
    }

    @Override
    public void start(Runnable run) {
        delegate.start(() -> {
            String previous = MDC.get(RequestIds.MDC_KEY);
            MDC.put(RequestIds.MDC_KEY, requestId);
            try {
                run.run();
            } finally {
                if (previous == null) {
                    MDC.remove(RequestIds.MDC_KEY);
                } else {
                    MDC.put(RequestIds.MDC_KEY, previous);
                }
            }
        });
    }

    @Override
    public ServletRequest getRequest() {
        return delegate.getRequest();
    }

    @Override
    public ServletResponse getResponse() {
        return delegate.getResponse();
    }

    @Override
    public boolean hasOriginalRequestAndResponse() {
        return delegate.hasOriginalRequestAndResponse();
    }

    @Override
    public void dispatch() {
        delegate.dispatch();
    }

    @Override
    public void dispatch(String path) {
        delegate.dispatch(path);
    }

    @Override
    public void dispatch(ServletContext context, String path) {
        delegate.dispatch(context, path);
    }

    @Override
    public void complete() {
        delegate.complete();
    }

    @Override
    public void addListener(AsyncListener listener) {
        delegate.addListener(listener);
    }

    @Override
    public void addListener(AsyncListener listener, ServletRequest request, ServletResponse response) {
        delegate.addListener(listener, request, response);
    }

    @Override
    public <T extends AsyncListener> T createListener(Class<T> type) throws ServletException {
        return delegate.createListener(type);
    }

    @Override
    public void setTimeout(long timeout) {
        delegate.setTimeout(timeout);
    }

    @Override
    public long getTimeout() {
        return delegate.getTimeout();
    }
}
