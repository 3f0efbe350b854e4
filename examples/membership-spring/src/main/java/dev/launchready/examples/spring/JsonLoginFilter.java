package dev.launchready.examples.spring;

import dev.launchready.examples.common.web.Credentials;
import dev.launchready.examples.common.web.JsonBodies;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.util.Optional;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * Lets API clients post {@code {"email":…,"password":…}} to {@code /login}.
 *
 * <p>It only turns the JSON into the form fields and hands on, so Spring Security's own form login does the
 * rest exactly as for the HTML form: same AuthenticationManager, same session handling, same answers.
 */
final class JsonLoginFilter extends OncePerRequestFilter {

    static boolean matches(HttpServletRequest request) {
        return "POST".equals(request.getMethod()) && SecurityConfig.LOGIN_PATH.equals(Requests.path(request))
                && Requests.isJson(request);
    }

    @Override
    protected boolean shouldNotFilter(HttpServletRequest request) {
        return !matches(request);
    }

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        byte[] body = Requests.body(request);
        Optional<Credentials> credentials = body == null ? Optional.empty() : Credentials.fromJson(body);
        if (credentials.isEmpty()) {
            Replies.json(response, 400, JsonBodies.error("expected {\"email\":…,\"password\":…}"));
            return;
        }
        chain.doFilter(new CredentialsRequest(request, credentials.get()), response);
    }
}
