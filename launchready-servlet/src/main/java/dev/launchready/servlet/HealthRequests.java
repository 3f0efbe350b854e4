package dev.launchready.servlet;

import dev.launchready.health.HealthAnswer;
import dev.launchready.health.HealthEndpoints;
import dev.launchready.health.HealthProbe;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;

/** Answers the health endpoints on the servlet API: never a session, never a redirect, never cached. */
final class HealthRequests {

    private final HealthEndpoints endpoints;

    HealthRequests(HealthEndpoints endpoints) {
        this.endpoints = endpoints;
    }

    void answer(HealthEndpoints.Endpoint endpoint, HttpServletRequest request, HttpServletResponse response)
            throws IOException {
        HealthProbe probe = HealthProbe.of(request.getMethod(), request.getQueryString(), request.getRemoteAddr(),
                request::getHeader);
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
}
