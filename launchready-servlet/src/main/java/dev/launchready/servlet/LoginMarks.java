package dev.launchready.servlet;

import dev.launchready.ratelimit.LoginOutcome;
import jakarta.servlet.ServletRequest;

/**
 * For an app whose failed login answers neither 401/403 nor a redirect back to the form (a re-rendered
 * page with 200, say): one call tells the rate limiter what happened. Spring Security's authentication
 * events do this by themselves in the starter.
 */
public final class LoginMarks {

    static final String ATTRIBUTE = LoginMarks.class.getName();

    private LoginMarks() {
    }

    /** This request was a failed login: count it against the account. */
    public static void failed(ServletRequest request) {
        request.setAttribute(ATTRIBUTE, LoginOutcome.FAILURE);
    }

    /** This request was a successful login: clear the account-and-address counter, remember the device. */
    public static void succeeded(ServletRequest request) {
        request.setAttribute(ATTRIBUTE, LoginOutcome.SUCCESS);
    }

    static LoginOutcome of(ServletRequest request) {
        return request.getAttribute(ATTRIBUTE) instanceof LoginOutcome o ? o : null;
    }
}
