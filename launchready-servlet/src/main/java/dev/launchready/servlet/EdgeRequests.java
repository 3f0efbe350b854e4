package dev.launchready.servlet;

import dev.launchready.cache.CachePolicy;
import dev.launchready.client.ClientAddresses;
import dev.launchready.https.HttpsDecision;
import dev.launchready.https.HttpsRedirects;
import dev.launchready.https.HttpsRequest;
import dev.launchready.https.SchemeClaims;
import dev.launchready.https.SecurityHeaders;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.util.Objects;
import java.util.function.Predicate;

/**
 * Adapts the HTTPS decision and the cache policy: answers a redirect before the app, or wraps the
 * response so its cache and security headers are decided the moment it commits.
 */
final class EdgeRequests {

    private final HttpsRedirects https;
    private final CachePolicy cache;
    private final SecurityHeaders headers;
    private final ClientAddresses clients;
    private final Predicate<HttpServletRequest> authenticated;

    EdgeRequests(HttpsRedirects https, CachePolicy cache, SecurityHeaders headers, ClientAddresses clients,
            Predicate<HttpServletRequest> authenticated) {
        this.https = https;
        this.cache = cache;
        this.headers = headers;
        this.clients = Objects.requireNonNull(clients, "clients");
        this.authenticated = authenticated;
    }

    /**
     * The HTTPS decision for a request; null when HTTPS handling is off. The client and the scheme
     * claims read the same memoised headers ({@code client}), so a header both ask for is read once.
     */
    HttpsDecision decide(HttpServletRequest request, ResolvedClient client) {
        if (https == null) {
            return null;
        }
        if (!https.redirects()) { // only the scheme matters: no address, host, path, query or claims
            return https.stay(request.isSecure(), client.trustedScheme(clients));
        }
        return https.decide(new HttpsRequest(request.getMethod(), request.getHeader("Host"),
                LaunchReadyFilter.pathInApp(request), request.getQueryString(), decodedPath(request),
                request.isSecure(), client.resolve(clients), SchemeClaims.of(client)));
    }

    /** Only HSTS, for answers that are never redirected (health endpoints). */
    void hsts(HttpServletRequest request, HttpServletResponse response, ResolvedClient client) {
        HttpsDecision decision = decide(request, client);
        if (decision != null && decision.hsts() != null) {
            response.setHeader("Strict-Transport-Security", decision.hsts());
        }
    }

    static void redirect(HttpsDecision decision, HttpServletResponse response) {
        response.setStatus(decision.status());
        response.setHeader("Location", decision.location());
        response.setHeader("Cache-Control", HttpsDecision.REDIRECT_CACHE_CONTROL);
        // nginx told to ignore Cache-Control would still store it; a stored 301 keyed without Host loops.
        response.setHeader("X-Accel-Expires", "0");
        if (decision.hsts() != null) {
            response.setHeader("Strict-Transport-Security", decision.hsts());
        }
        response.setContentLength(0);
    }

    /**
     * The response the app writes to: headers decided at commit; null when nothing is to be decided. It
     * takes the place of an error-page wrapper ({@link SafeErrorResponse}) rather than wrapping it: each
     * wrapper is one more hop on every call the app and its framework make to the response.
     */
    EdgeResponse wrap(HttpServletRequest request, HttpServletResponse response, HttpsDecision decision) {
        if (cache == null && headers == null && (decision == null || decision.hsts() == null)) {
            return null;
        }
        SafeErrors errors = null;
        HttpServletResponse container = response;
        if (response instanceof SafeErrorResponse safe) {
            errors = safe.errors();
            container = (HttpServletResponse) safe.getResponse();
        }
        boolean secure = decision == null ? request.isSecure() : decision.secure();
        return new EdgeResponse(request, container, cache, headers, secure, decision == null ? null : decision.hsts(),
                authenticated, errors);
    }

    static String decodedPath(HttpServletRequest request) {
        String servletPath = request.getServletPath();
        String pathInfo = request.getPathInfo();
        if (pathInfo == null) { // the usual case: the servlet path alone, no new string
            return servletPath == null || servletPath.isEmpty() ? "/" : servletPath;
        }
        String path = (servletPath == null ? "" : servletPath) + pathInfo;
        return path.isEmpty() ? "/" : path;
    }
}
