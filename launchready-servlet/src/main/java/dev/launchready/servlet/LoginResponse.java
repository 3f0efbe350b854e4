package dev.launchready.servlet;

import dev.launchready.ratelimit.Attempt;
import dev.launchready.ratelimit.FormLimits;
import dev.launchready.ratelimit.LoginOutcome;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.servlet.http.HttpServletResponseWrapper;
import java.io.IOException;

/**
 * Watches a login response so a success can carry the device cookie: a redirect commits the response
 * at once, so the cookie has to be added at that moment, not after the app returns.
 */
final class LoginResponse extends HttpServletResponseWrapper {

    private final HttpServletRequest request;
    private final FormLimits limits;
    private final Attempt attempt;
    private final boolean secure;
    private boolean cookieSet;

    LoginResponse(HttpServletRequest request, HttpServletResponse response, FormLimits limits, Attempt attempt,
            boolean secure) {
        super(response);
        this.request = request;
        this.limits = limits;
        this.attempt = attempt;
        this.secure = secure;
    }

    @Override
    public void sendRedirect(String location) throws IOException {
        if (outcome(302, location) == LoginOutcome.SUCCESS) {
            addDeviceCookie();
        }
        super.sendRedirect(location);
    }

    /** The outcome once the app is done; adds the cookie too if the response is still open. */
    LoginOutcome finish() {
        HttpServletResponse response = (HttpServletResponse) getResponse();
        LoginOutcome outcome = outcome(response.getStatus(), response.getHeader("Location"));
        if (outcome == LoginOutcome.SUCCESS && !response.isCommitted()) {
            addDeviceCookie();
        }
        return outcome;
    }

    private LoginOutcome outcome(int status, String location) {
        return LoginOutcome.of(status, location, LoginMarks.of(request), limits::isLoginPath);
    }

    private void addDeviceCookie() {
        if (cookieSet) {
            return;
        }
        cookieSet = true;
        limits.deviceCookieHeader(attempt, secure).ifPresent(cookie -> addHeader("Set-Cookie", cookie));
    }
}
