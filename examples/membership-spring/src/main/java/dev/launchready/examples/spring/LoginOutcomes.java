package dev.launchready.examples.spring;

import dev.launchready.examples.common.members.LoginAttempts;
import dev.launchready.examples.common.web.JsonBodies;
import dev.launchready.examples.common.web.Pages;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.AuthenticationException;
import org.springframework.security.web.authentication.AuthenticationFailureHandler;
import org.springframework.security.web.authentication.AuthenticationSuccessHandler;
import org.springframework.security.web.csrf.CsrfToken;

/**
 * How a form-login attempt is answered: 303 to the feed, or 401 with the form again (JSON for JSON clients)
 * instead of Spring's redirect to {@code /login?error}, so both apps answer alike.
 */
final class LoginOutcomes implements AuthenticationSuccessHandler, AuthenticationFailureHandler {

    private static final String REFUSED = "That email and password do not match an account.";

    private final Pages pages;

    LoginOutcomes(Pages pages) {
        this.pages = pages;
    }

    @Override
    public void onAuthenticationSuccess(HttpServletRequest request, HttpServletResponse response,
            Authentication authentication) {
        LoginAttempts.record(request.getParameter(SecurityConfig.EMAIL_FIELD), true);
        Replies.seeOther(response, "/members");
    }

    @Override
    public void onAuthenticationFailure(HttpServletRequest request, HttpServletResponse response,
            AuthenticationException exception) throws IOException {
        String email = request.getParameter(SecurityConfig.EMAIL_FIELD);
        LoginAttempts.record(email, false);
        if (Requests.isJson(request)) {
            Replies.json(response, 401, JsonBodies.error(REFUSED));
            return;
        }
        CsrfToken csrf = (CsrfToken) request.getAttribute(CsrfToken.class.getName());
        Replies.html(response, 401, pages.login(email, REFUSED, csrf == null ? null : csrf.getToken()));
    }
}
