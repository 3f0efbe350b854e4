package dev.launchready.servlet;

import dev.launchready.health.HealthAnswer;
import dev.launchready.health.HealthEndpoints;
import dev.launchready.health.HealthProbe;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;

/** Answers the health endpoints on the servlet API: never a session, never a redirect, never cached. */
final class HealthRequests {

    private static final String[] FORWARDING_HEADERS = {"Forwarded", "X-Forwarded-For", "X-Forwarded-Host",
        "X-Forwarded-Proto", "X-Real-IP", "CF-Connecting-IP", "True-Client-IP"};

    private final HealthEndpoints endpoints;

    HealthRequests(HealthEndpoints endpoints) {
        this.endpoints = endpoints;
    }

    void answer(HealthEndpoints.Endpoint endpoint, HttpServletRequest request, HttpServletResponse response)
            throws IOException {
        HealthProbe probe = new HealthProbe(request.getMethod(), verbose(request.getQueryString()),
                request.getRemoteAddr(), forwarded(request), request.getHeader("Authorization"));
        HealthAnswer answer = endpoints.answer(endpoint, probe);
        response.setStatus(answer.status());
        response.setContentType(answer.contentType());
        response.setHeader("Cache-Control", HealthAnswer.CACHE_CONTROL);
        if (answer.status() == 405) {
            response.setHeader("Allow", HealthEndpoints.allowedMethods());
        }
        response.setContentLength(answer.body().length);
        if (!"HEAD".equals(probe.method())) {
            response.getOutputStream().write(answer.body());
        }
    }

    /** Reads the query string itself: {@code getParameter} could parse a request body. */
    static boolean verbose(String query) {
        if (query == null) {
            return false;
        }
        for (String part : query.split("&", -1)) {
            if (part.equals("verbose") || part.startsWith("verbose=")) {
                return true;
            }
        }
        return false;
    }

    private static boolean forwarded(HttpServletRequest request) {
        for (String header : FORWARDING_HEADERS) {
            if (request.getHeader(header) != null) {
                return true;
            }
        }
        return false;
    }
}
