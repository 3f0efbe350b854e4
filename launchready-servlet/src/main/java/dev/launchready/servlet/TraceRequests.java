package dev.launchready.servlet;

import dev.launchready.client.ClientAddresses;
import dev.launchready.metrics.HttpTags;
import dev.launchready.trace.ErrorPage;
import dev.launchready.trace.RedactedThrowable;
import dev.launchready.trace.RequestIds;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.util.function.UnaryOperator;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.slf4j.MDC;

/**
 * Adapts the trace decisions: gives each request its ID (MDC, attribute, response header) and turns an
 * escaped exception or a bodiless 5xx into the reference page, logging the failure once.
 */
final class TraceRequests {

    /** The request attribute holding the ID, for the app and for async dispatches. */
    static final String ATTRIBUTE = "dev.launchready.requestId";
    private static final Logger log = LoggerFactory.getLogger("launchready.errors");

    /** The rest of the filter's work; one instance per filter, so no lambda is captured per request. */
    interface Next {
        void run(HttpServletRequest request, HttpServletResponse response, FilterChain chain, ResolvedClient client)
                throws IOException, ServletException;
    }

    private final RequestIds ids;
    private final ClientAddresses clients;
    private final boolean errorPages;
    private final UnaryOperator<String> redact;
    private final boolean idOnAsyncStart;

    /**
     * {@code ids} null: no IDs; {@code errorPages} false: failures pass to the container untouched;
     * {@code idOnAsyncStart}: requests that may go async are wrapped so {@code AsyncContext.start} work gets the ID.
     */
    TraceRequests(RequestIds ids, ClientAddresses clients, boolean errorPages, UnaryOperator<String> redact,
            boolean idOnAsyncStart) {
        this.ids = ids;
        this.clients = clients;
        this.errorPages = errorPages;
        this.redact = redact;
        this.idOnAsyncStart = idOnAsyncStart;
    }

    void handle(HttpServletRequest request, HttpServletResponse response, FilterChain chain, ResolvedClient client,
            Next next) throws IOException, ServletException {
        String id = null;
        if (ids != null) {
            id = chooseId(request, client);
            request.setAttribute(ATTRIBUTE, id);
            response.setHeader(ids.header(), id);
        }
        String previous = id == null ? null : MDC.get(RequestIds.MDC_KEY);
        if (id != null) {
            MDC.put(RequestIds.MDC_KEY, id);
        }
        // Only a request that may go async can hand work to another thread; sync ones need no wrapper.
        HttpServletRequest req = id != null && idOnAsyncStart && request.isAsyncSupported()
                ? new TracedRequest(request, id) : request;
        SafeErrorResponse res = errorPages ? new SafeErrorResponse(response, request, id) : null;
        try {
            next.run(req, res == null ? response : res, chain, client);
            if (res != null && !request.isAsyncStarted()) {
                res.finish();
            }
        } catch (IOException | ServletException | RuntimeException | Error failure) {
            if (!errorPages || failure instanceof VirtualMachineError || HttpTags.isClientAbort(failure)) {
                throw failure; // the container knows a vanished client; it is not the app failing
            }
            failed(failure, request, response, id);
        } finally {
            if (id != null) {
                restore(previous);
            }
        }
    }

    /** An async or error dispatch of a request we already gave an ID: the same ID on this thread too. */
    void redispatch(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws IOException, ServletException {
        Object id = request.getAttribute(ATTRIBUTE);
        if (!(id instanceof String text)) {
            chain.doFilter(request, response);
            return;
        }
        String previous = MDC.get(RequestIds.MDC_KEY);
        MDC.put(RequestIds.MDC_KEY, text);
        try {
            chain.doFilter(request, response);
        } finally {
            restore(previous);
        }
    }

    private String chooseId(HttpServletRequest request, ResolvedClient client) {
        String sent = request.getHeader(ids.header());
        String traceparent = request.getHeader("traceparent");
        boolean trusted = (sent != null || traceparent != null) && clients != null && client.trustsPeer(clients);
        return ids.choose(sent, traceparent, trusted);
    }

    private void failed(Throwable failure, HttpServletRequest request, HttpServletResponse response, String id) {
        boolean committed = response.isCommitted();
        try {
            String where = request.getMethod() + " " + redact.apply(String.valueOf(request.getRequestURI()));
            log.error(committed ? "request failed after the response started: {}" : "request failed: {}", where,
                    RedactedThrowable.of(failure, redact));
        } catch (RuntimeException e) {
            // logging must not keep the member from the page
        }
        if (committed) {
            return; // the status is out; rethrowing would only log it a second time
        }
        try {
            response.reset();
            if (id != null) {
                response.setHeader(ids.header(), id);
            }
            SafeErrors.write(response, ErrorPage.of(HttpServletResponse.SC_INTERNAL_SERVER_ERROR, id,
                    request.getHeader("Accept")), HttpServletResponse.SC_INTERNAL_SERVER_ERROR);
        } catch (IOException | RuntimeException e) {
            log.debug("error page not sent: {}", e.getClass().getName());
        }
    }

    private static void restore(String previous) {
        if (previous == null) {
            MDC.remove(RequestIds.MDC_KEY);
        } else {
            MDC.put(RequestIds.MDC_KEY, previous);
        }
    }
}
