package dev.launchready.servlet;

import dev.launchready.client.ClientAddresses;
import dev.launchready.logging.AccessLogLine;
import dev.launchready.redact.Redactor;
import jakarta.servlet.AsyncEvent;
import jakarta.servlet.AsyncListener;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletMapping;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.servlet.http.MappingMatch;
import java.io.IOException;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The access log stage: times the rest of the chain and writes one line on {@code launchready.access}
 * once the response is done (after an async request completes, too). The route comes from Spring MVC's
 * matched pattern or the servlet mapping when either is known; core folds any other path.
 */
final class AccessLogRequests {

    /** Spring MVC's request attribute holding the matched pattern (read by name: no Spring types here). */
    static final String SPRING_PATTERN = "org.springframework.web.servlet.HandlerMapping.bestMatchingPattern";

    private static final Logger log = LoggerFactory.getLogger(AccessLogLine.LOGGER);

    private final Redactor redactor;
    private final ClientAddresses clients;

    AccessLogRequests(Redactor redactor, ClientAddresses clients) {
        this.redactor = redactor;
        this.clients = clients;
    }

    /** The rest of the filter's work below this stage. */
    interface Rest {
        void run(HttpServletRequest request, HttpServletResponse response, FilterChain chain, ResolvedClient client)
                throws IOException, ServletException;
    }

    /** @param client the request's client, shared with the stages above (resolved once per request) */
    void around(HttpServletRequest request, HttpServletResponse response, FilterChain chain, ResolvedClient client,
            Rest rest) throws IOException, ServletException {
        if (!log.isInfoEnabled()) {
            rest.run(request, response, chain, client);
            return;
        }
        long start = System.nanoTime();
        boolean failed = true;
        try {
            rest.run(request, response, chain, client);
            failed = false;
        } finally {
            if (!failed && request.isAsyncStarted()) {
                request.getAsyncContext().addListener(new Completion(request, response, client, start));
            } else {
                write(request, response, client, start,
                        failed && !response.isCommitted() ? 500 : response.getStatus());
            }
        }
    }

    private void write(HttpServletRequest request, HttpServletResponse response, ResolvedClient resolved, long start,
            int status) {
        try {
            String client = clients == null ? request.getRemoteAddr() : resolved.resolve(clients).ip();
            log.info(AccessLogLine.format(redactor, request.getMethod(), route(request),
                    LaunchReadyFilter.pathInApp(request), status, System.nanoTime() - start, client,
                    request.getQueryString(), request.getHeader("Referer"), request.getHeader("User-Agent")));
        } catch (RuntimeException e) {
            log.warn("LaunchReady: no access log line for this request ({})", e.getClass().getSimpleName());
        }
    }

    static String route(HttpServletRequest request) {
        if (request.getAttribute(SPRING_PATTERN) instanceof String pattern && !pattern.isEmpty()) {
            return pattern;
        }
        HttpServletMapping mapping = request.getHttpServletMapping();
        if (mapping == null || mapping.getMappingMatch() == null) {
            return null;
        }
        MappingMatch match = mapping.getMappingMatch();
        // "/" (default servlet) and "" (context root) say nothing about the route: core folds the path.
        return match == MappingMatch.EXACT || match == MappingMatch.PATH || match == MappingMatch.EXTENSION
                ? mapping.getPattern() : null;
    }

    private final class Completion implements AsyncListener {
        private final HttpServletRequest request;
        private final HttpServletResponse response;
        private final ResolvedClient client;
        private final long start;

        Completion(HttpServletRequest request, HttpServletResponse response, ResolvedClient client, long start) {
            this.request = request;
            this.response = response;
            this.client = client;
            this.start = start;
        }

        @Override
        public void onComplete(AsyncEvent event) {
            write(request, response, client, start, response.getStatus());
        }

        @Override
        public void onTimeout(AsyncEvent event) {
        }

        @Override
        public void onError(AsyncEvent event) {
        }

        @Override
        public void onStartAsync(AsyncEvent event) {
            event.getAsyncContext().addListener(this);
        }
    }
}
