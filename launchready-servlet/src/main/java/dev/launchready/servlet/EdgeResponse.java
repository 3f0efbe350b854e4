package dev.launchready.servlet;

import dev.launchready.cache.CacheDecision;
import dev.launchready.cache.CachePolicy;
import dev.launchready.cache.CacheRequest;
import dev.launchready.https.SecurityHeaders;
import jakarta.servlet.ServletOutputStream;
import jakarta.servlet.http.Cookie;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.servlet.http.HttpServletResponseWrapper;
import java.io.IOException;
import java.io.PrintWriter;
import java.util.function.Predicate;

/**
 * Applies the cache policy and the security headers when the response commits: at the first byte,
 * flush, error or redirect, or when the app returns. Nothing of the body is copied: the stream and
 * writer only pass calls through after that first moment. A cache header or cookie the app sets
 * afterwards, while the response is still open, makes the policy decide again, so the last word is
 * always the policy's.
 */
final class EdgeResponse extends HttpServletResponseWrapper {

    private static final String CACHE_CONTROL = "Cache-Control";

    private final HttpServletRequest request;
    private final CachePolicy cache;
    private final SecurityHeaders headers;
    private final boolean secure;
    private final String hsts;
    private final Predicate<HttpServletRequest> authenticated;
    private boolean applied;
    private boolean setsCookie;
    private boolean accelSet;
    private ServletOutputStream stream;
    private PrintWriter writer;

    EdgeResponse(HttpServletRequest request, HttpServletResponse response, CachePolicy cache, SecurityHeaders headers,
            boolean secure, String hsts, Predicate<HttpServletRequest> authenticated) {
        super(response);
        this.request = request;
        this.cache = cache;
        this.headers = headers;
        this.secure = secure;
        this.hsts = hsts;
        this.authenticated = authenticated;
    }

    /** Called once the app has returned: decides now if nothing committed the response yet. */
    void finish() {
        if (!isCommitted() && !request.isAsyncStarted()) {
            apply(getStatus());
        }
    }

    void apply(int status) {
        applied = true;
        HttpServletResponse r = (HttpServletResponse) getResponse();
        if (cache != null) {
            applyCache(r, status);
        }
        if (hsts != null && r.getHeader("Strict-Transport-Security") == null) {
            r.setHeader("Strict-Transport-Security", hsts);
        }
        if (headers != null) {
            for (SecurityHeaders.Header h : headers.forResponse(secure, r::getHeader)) {
                r.setHeader(h.name(), h.value());
            }
        }
    }

    private void applyCache(HttpServletResponse r, int status) {
        boolean cookie = setsCookie || r.getHeader("Set-Cookie") != null;
        CacheDecision d = cache.decide(new CacheRequest(request.getMethod(), LaunchReadyFilter.pathInApp(request),
                EdgeRequests.decodedPath(request), status, CacheMarks.served(request), member(), cookie,
                r.getHeader(CACHE_CONTROL)));
        if (d.cacheControl() != null) {
            r.setHeader(CACHE_CONTROL, d.cacheControl());
        }
        if (d.neverStore()) {
            r.setHeader("X-Accel-Expires", "0");
            accelSet = true;
            r.setHeader("CDN-Cache-Control", null);
            r.setHeader("Cloudflare-CDN-Cache-Control", null);
            r.setHeader("Surrogate-Control", null);
            r.setHeader("Expires", null);
        } else {
            if (accelSet) {
                r.setHeader("X-Accel-Expires", null);
                accelSet = false;
            }
            if (d.dropExpires()) {
                r.setHeader("Expires", null);
                r.setHeader("Pragma", null);
            }
            if (d.cdnCacheControl() != null) {
                r.setHeader("CDN-Cache-Control", d.cdnCacheControl());
            }
            if (d.cloudflareCdnCacheControl() != null) {
                r.setHeader("Cloudflare-CDN-Cache-Control", d.cloudflareCdnCacheControl());
            }
        }
    }

    /** A session (existing, created now, or its cookie sent), a token, or a principal; or marked private. */
    private boolean member() {
        return request.getHeader("Authorization") != null || request.getRequestedSessionId() != null
                || cache.hasSessionCookie(request.getHeader("Cookie")) || request.getSession(false) != null
                || request.getUserPrincipal() != null || CacheMarks.markedPrivate(request)
                || (authenticated != null && authenticated.test(request));
    }

    private void before() {
        if (!applied && !isCommitted()) {
            apply(getStatus());
        }
    }

    private void changed(String name) {
        if (name != null && name.equalsIgnoreCase("Set-Cookie")) {
            setsCookie = true;
        }
        if (applied && !isCommitted() && cacheHeader(name)) {
            apply(getStatus());
        }
    }

    private static boolean cacheHeader(String name) {
        return name != null && (name.equalsIgnoreCase("Set-Cookie") || name.equalsIgnoreCase(CACHE_CONTROL)
                || name.equalsIgnoreCase("Expires") || name.equalsIgnoreCase("CDN-Cache-Control")
                || name.equalsIgnoreCase("Cloudflare-CDN-Cache-Control") || name.equalsIgnoreCase("Surrogate-Control")
                || name.equalsIgnoreCase("X-Accel-Expires"));
    }

    @Override
    public void addCookie(Cookie cookie) {
        super.addCookie(cookie);
        setsCookie = true;
        changed("Set-Cookie");
    }

    @Override
    public void setHeader(String name, String value) {
        super.setHeader(name, value);
        changed(name);
    }

    @Override
    public void addHeader(String name, String value) {
        super.addHeader(name, value);
        changed(name);
    }

    @Override
    public void setDateHeader(String name, long date) {
        super.setDateHeader(name, date);
        changed(name);
    }

    @Override
    public void addDateHeader(String name, long date) {
        super.addDateHeader(name, date);
        changed(name);
    }

    @Override
    public void setStatus(int sc) {
        super.setStatus(sc);
        if (applied && !isCommitted()) {
            apply(sc);
        }
    }

    @Override
    public void sendError(int sc, String msg) throws IOException {
        if (!isCommitted()) {
            apply(sc);
        }
        super.sendError(sc, msg);
    }

    @Override
    public void sendError(int sc) throws IOException {
        if (!isCommitted()) {
            apply(sc);
        }
        super.sendError(sc);
    }

    @Override
    public void sendRedirect(String location) throws IOException {
        if (!isCommitted()) {
            apply(HttpServletResponse.SC_FOUND);
        }
        super.sendRedirect(location);
    }

    @Override
    public void flushBuffer() throws IOException {
        before();
        super.flushBuffer();
    }

    @Override
    public void reset() {
        super.reset();
        applied = false;
        accelSet = false;
        setsCookie = false;
    }

    @Override
    public ServletOutputStream getOutputStream() throws IOException {
        if (stream == null) {
            stream = new FirstWriteStream(super.getOutputStream(), this::before);
        }
        return stream;
    }

    @Override
    public PrintWriter getWriter() throws IOException {
        if (writer == null) {
            writer = new PrintWriter(new FirstWriteWriter(super.getWriter(), this::before), false);
        }
        return writer;
    }
}
