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
import java.util.Collections;
import java.util.Enumeration;
import java.util.List;
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

    void around(HttpServletRequest request, HttpServletResponse response, FilterChain rest)
            throws IOException, ServletException {
        if (!log.isInfoEnabled()) {
            rest.doFilter(request, response);
            return;
        }
        long start = System.nanoTime();
        boolean failed = true;
        try {
            rest.doFilter(request, response);
            failed = false;
        } finally {
            if (!failed && request.isAsyncStarted()) {
                request.getAsyncContext().addListener(new Completion(request, response, start));
            } else {
                write(request, response, start, failed && !response.isCommitted() ? 500 : response.getStatus());
            }
        }
    }

    private void write(HttpServletRequest request, HttpServletResponse response, long start, int status) {
        try {
            String client = clients == null ? request.getRemoteAddr()
                    : clients.resolve(request.getRemoteAddr(), name -> headers(request, name)).ip();
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

    private static List<String> headers(HttpServletRequest request, String name) {
        Enumeration<String> values = request.getHeaders(name);
        return values == null ? List.of() : Collections.list(values);
    }

    private final class Completion implements AsyncListener {
        private final HttpServletRequest request;
        private final HttpServletResponse response;
        private final long start;

        Completion(HttpServletRequest request, HttpServletResponse response, long start) {
            this.request = request;
            this.response = response;
            this.start = start;
        }

        @Override
        public void onComplete(AsyncEvent event) {
            write(request, response, start, response.getStatus());
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
