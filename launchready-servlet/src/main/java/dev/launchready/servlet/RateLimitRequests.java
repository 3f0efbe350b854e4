package dev.launchready.servlet;

import dev.launchready.client.ClientAddress;
import dev.launchready.client.ClientAddresses;
import dev.launchready.ratelimit.Attempt;
import dev.launchready.ratelimit.FormKind;
import dev.launchready.ratelimit.FormLimits;
import dev.launchready.ratelimit.FormRule;
import dev.launchready.ratelimit.LoginOutcome;
import dev.launchready.ratelimit.Rejection;
import dev.launchready.ratelimit.account.BodyType;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.Cookie;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.function.Predicate;

/** Adapts the form limits to the servlet API: reads the request, asks core, writes a 429 or passes on. */
final class RateLimitRequests implements AutoCloseable {

    private final FormLimits limits;
    private final ClientAddresses clients;
    private final int bodyLimit;
    private final Predicate<HttpServletRequest> otherLogins;
    private final HeldRejections held;

    RateLimitRequests(FormLimits limits, ClientAddresses clients, Predicate<HttpServletRequest> otherLogins) {
        this.limits = limits;
        this.clients = clients;
        this.otherLogins = otherLogins;
        this.bodyLimit = (int) limits.settings().bodyLimitBytes();
        this.held = new HeldRejections(limits.settings().rejectDelay());
    }

    /** The form a request posts to, or null; the path is the container's decoded one. */
    FormRule match(HttpServletRequest request) {
        FormRule rule = limits.match(request.getMethod(), EdgeRequests.decodedPath(request));
        return rule == null && "POST".equals(request.getMethod()) && otherLogins.test(request) ? limits.loginRule() : rule;
    }

    /** @param resolved the request's client, shared with the stages above (resolved once per request) */
    void handle(FormRule rule, HttpServletRequest request, HttpServletResponse response, FilterChain chain,
            ResolvedClient resolved) throws IOException, ServletException {
        ClientAddress client = resolved.resolve(clients);
        HttpServletRequest forApp = request;
        List<String> identifiers = new ArrayList<>();
        if (BodyType.of(request.getContentType()).isPresent()) {
            BufferedRequest buffered = BufferedRequest.of(request, bodyLimit);
            forApp = buffered;
            // Query first, then a body that fit the bound (a larger one is limited by address only, and
            // passed on intact): the order in which the app's getParameter finds them.
            for (String field : limits.settings().identifierFields()) {
                buffered.identifier(List.of(field)).ifPresent(identifiers::add);
            }
        }
        Attempt attempt = limits.begin(rule, client.limitKey(), client.ip(), identifiers, deviceCookie(request));
        if (!attempt.allowed()) {
            Rejection rejection = attempt.rejection().orElseThrow();
            held.send(request, response, r -> reject(rejection, request, r));
            return;
        }
        if (rule.kind() != FormKind.LOGIN) {
            chain.doFilter(forApp, response);
            return;
        }
        boolean secure = request.isSecure() || client.scheme().map("https"::equals).orElse(false);
        LoginResponse watched = new LoginResponse(forApp, response, limits, attempt, secure);
        LoginOutcome outcome = LoginOutcome.UNKNOWN;
        try {
            chain.doFilter(forApp, watched);
            outcome = watched.finish();
        } finally {
            limits.finish(attempt, outcome);
        }
    }

    @Override
    public void close() {
        held.close();
    }

    private Optional<String> deviceCookie(HttpServletRequest request) {
        Cookie[] cookies = request.getCookies();
        if (cookies != null) {
            for (Cookie cookie : cookies) {
                if (cookie.getName().equals(limits.settings().deviceCookie())) {
                    return Optional.of(cookie.getValue());
                }
            }
        }
        return Optional.empty();
    }

    private static void reject(Rejection rejection, HttpServletRequest request, HttpServletResponse response)
            throws IOException {
        boolean json = Rejection.wantsJson(request.getHeader("Accept"), request.getContentType());
        byte[] body = rejection.body(json);
        response.setStatus(429);
        response.setHeader("Retry-After", Long.toString(rejection.retryAfterSeconds()));
        response.setHeader("Cache-Control", "no-store");
        response.setContentType(rejection.contentType(json));
        response.setContentLength(body.length);
        response.getOutputStream().write(body);
    }
}
