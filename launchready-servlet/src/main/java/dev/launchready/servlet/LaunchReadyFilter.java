package dev.launchready.servlet;

import dev.launchready.health.HealthEndpoints;
import jakarta.servlet.Filter;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.ServletRequest;
import jakarta.servlet.ServletResponse;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.util.Objects;

/**
 * The one LaunchReady filter, registered first on {@code /*}. It answers its own endpoints before any
 * other filter (no redirect, login, rate limit or session reaches a probe) and passes everything else
 * on. Registered by {@link LaunchReadyInitializer} in a servlet app and by the starter in Spring Boot;
 * a second registration in the same app passes requests straight through.
 */
public final class LaunchReadyFilter implements Filter {

    static final String HANDLED = LaunchReadyFilter.class.getName() + ".handled";

    private final HealthRequests health;

    private LaunchReadyFilter(HealthEndpoints endpoints) {
        this.health = endpoints == null ? null : new HealthRequests(endpoints);
    }

    /** A filter answering the health endpoints from {@code endpoints}; null turns them off. */
    public static LaunchReadyFilter of(HealthEndpoints endpoints) {
        return new LaunchReadyFilter(endpoints);
    }

    @Override
    public void doFilter(ServletRequest req, ServletResponse res, FilterChain chain)
            throws IOException, ServletException {
        if (!(req instanceof HttpServletRequest request) || !(res instanceof HttpServletResponse response)
                || request.getAttribute(HANDLED) != null) {
            chain.doFilter(req, res);
            return;
        }
        request.setAttribute(HANDLED, Boolean.TRUE);
        if (health != null) {
            HealthEndpoints.Endpoint endpoint = HealthEndpoints.match(pathInApp(request));
            if (endpoint != null) {
                health.answer(endpoint, request, response);
                return;
            }
        }
        chain.doFilter(request, response);
    }

    /** The raw path below the context path; nothing is decoded, so nothing can be smuggled by decoding. */
    static String pathInApp(HttpServletRequest request) {
        String uri = Objects.requireNonNullElse(request.getRequestURI(), "");
        String context = request.getContextPath();
        return context == null || context.isEmpty() || !uri.startsWith(context) ? uri : uri.substring(context.length());
    }
}
