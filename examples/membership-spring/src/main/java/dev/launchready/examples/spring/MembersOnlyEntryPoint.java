package dev.launchready.examples.spring;

import dev.launchready.examples.common.web.JsonBodies;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import org.springframework.security.core.AuthenticationException;
import org.springframework.security.web.AuthenticationEntryPoint;

/** What a visitor who is not logged in gets: the login page for pages, a 401 for the API a script calls. */
final class MembersOnlyEntryPoint implements AuthenticationEntryPoint {

    @Override
    public void commence(HttpServletRequest request, HttpServletResponse response, AuthenticationException exception)
            throws IOException {
        if (Requests.path(request).startsWith("/api/")) {
            response.setHeader("WWW-Authenticate", "Bearer");
            Replies.json(response, 401, JsonBodies.error("log in or send Authorization: Bearer <your API token>"));
        } else {
            // 303 rather than Spring's default 302, as the servlet app answers.
            Replies.seeOther(response, SecurityConfig.LOGIN_PATH);
        }
    }
}
