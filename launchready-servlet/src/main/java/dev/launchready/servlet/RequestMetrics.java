package dev.launchready.servlet;

import dev.launchready.metrics.HttpTags;
import dev.launchready.metrics.RequestTimers;
import dev.launchready.metrics.RouteTable;
import jakarta.servlet.AsyncEvent;
import jakarta.servlet.AsyncListener;
import jakarta.servlet.http.HttpServletMapping;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.servlet.http.MappingMatch;

/**
 * Adapts request timing to the servlet API: the route from the servlet mapping (or the route table),
 * the status the client got, and the end of an async request. Decisions (tags, folding, the cap) are
 * core's; this only reads the request and response.
 */
final class RequestMetrics {

    private final RequestTimers timers;
    private final RouteTable routes;

    RequestMetrics(RequestTimers timers, RouteTable routes) {
        this.timers = timers;
        this.routes = routes;
    }

    /**
     * Called once the chain returned (or threw): records now, or, for a request that went async, when
     * the async cycle completes, times out or fails (a listener that always fires, so no sample leaks).
     * A 429 held back by the rate limiter is timed until it was decided, not until it was sent.
     */
    void finish(HttpServletRequest request, HttpServletResponse response, long start, Throwable failure) {
        if (failure == null && request.isAsyncStarted()) {
            request.getAsyncContext().addListener(new AsyncEnd(request, response, start,
                    HeldRejections.heldSince(request)), request, response);
            return;
        }
        record(request, response, start, null, failure);
    }

    private void record(HttpServletRequest request, HttpServletResponse response, long start, Long end,
            Throwable failure) {
        int status;
        if (failure != null && HttpTags.isClientAbort(failure)) {
            status = HttpTags.CLIENT_CLOSED;
        } else if (failure != null && !response.isCommitted()) {
            status = 500; // the container answers an uncaught exception with a 500
        } else {
            status = response.getStatus();
        }
        String uri = HttpTags.uri(template(request), status);
        timers.record(uri, request.getMethod(), status, failure, (end == null ? System.nanoTime() : end) - start);
    }

    /** The route template: the route table's first, then the servlet mapping's (never the default servlet's "/"). */
    private String template(HttpServletRequest request) {
        if (!routes.isEmpty()) {
            String servletPath = request.getServletPath();
            String info = request.getPathInfo();
            String hit = routes.match(info == null ? servletPath : servletPath + info);
            if (hit != null) {
                return hit;
            }
        }
        HttpServletMapping mapping = request.getHttpServletMapping();
        if (mapping == null || mapping.getMappingMatch() == null) {
            return null;
        }
        MappingMatch match = mapping.getMappingMatch();
        return switch (match) {
            case CONTEXT_ROOT -> "/";
            case EXACT, PATH, EXTENSION -> mapping.getPattern();
            default -> null; // DEFAULT: "/" answers every path no other servlet claims; not a route
        };
    }

    /** Records an async request once, at its end; an error or a timeout is seen before the completion. */
    private final class AsyncEnd implements AsyncListener {
        private final HttpServletRequest request;
        private final HttpServletResponse response;
        private final long start;
        private final Long heldSince;
        private volatile Throwable failure; // set on the container's thread, read where the request completes
        private boolean recorded;

        AsyncEnd(HttpServletRequest request, HttpServletResponse response, long start, Long heldSince) {
            this.request = request;
            this.response = response;
            this.start = start;
            this.heldSince = heldSince;
        }

        @Override
        public void onComplete(AsyncEvent event) {
            synchronized (this) {
                if (recorded) {
                    return;
                }
                recorded = true;
            }
            record(request, response, start, heldSince, failure);
        }

        @Override
        public void onTimeout(AsyncEvent event) {
            // The container completes the request after this (with a 500 unless the app answers).
        }

        @Override
        public void onError(AsyncEvent event) {
            failure = event.getThrowable();
        }

        @Override
        public void onStartAsync(AsyncEvent event) {
            // startAsync again: listeners are dropped unless they re-register.
            event.getAsyncContext().addListener(this, request, response);
        }
    }
}
