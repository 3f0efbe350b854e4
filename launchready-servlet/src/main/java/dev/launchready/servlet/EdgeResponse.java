package dev.launchready.servlet;

import static dev.launchready.servlet.HeldHeaders.ACCEL;
import static dev.launchready.servlet.HeldHeaders.CACHE_CONTROL;
import static dev.launchready.servlet.HeldHeaders.CDN;
import static dev.launchready.servlet.HeldHeaders.CLOUDFLARE;
import static dev.launchready.servlet.HeldHeaders.EXPIRES;
import static dev.launchready.servlet.HeldHeaders.PRAGMA;
import static dev.launchready.servlet.HeldHeaders.SURROGATE;

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
import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.function.Predicate;

/**
 * Applies the cache policy and the security headers when the response commits: at the first byte,
 * flush, error or redirect, or when the app returns. Nothing of the body is copied: the stream and
 * writer only pass calls through after that first moment. The app's cache headers are held here
 * ({@link HeldHeaders}) and reach the container only as the policy allows. A cookie or cache header
 * set afterwards, while the response is still open, makes the policy decide again, so the last word
 * is always the policy's.
 */
final class EdgeResponse extends HttpServletResponseWrapper {

    /** Besides Cache-Control, what an app's own cache choice keeps, in this order. */
    private static final List<String> APP_CHOICE_KEPT = List.of(EXPIRES, PRAGMA, CDN, CLOUDFLARE, SURROGATE, ACCEL);

    private final HttpServletRequest request;
    private final CachePolicy cache;
    private final SecurityHeaders headers;
    private final boolean secure;
    private final String hsts;
    private final Predicate<HttpServletRequest> authenticated;
    /** The error-page watch when error pages are on: this wrapper reports to it in place of its own. */
    private final SafeErrors errors;
    private final HeldHeaders held = new HeldHeaders();
    /**
     * Cache headers we passed to the container, one bit per {@link HeldHeaders#NAMES} index: they cannot
     * be removed there, only overwritten. Bits, not a set: nothing to allocate per response.
     */
    private int written;
    private boolean applied;
    private boolean setsCookie;
    private ServletOutputStream stream;
    private PrintWriter writer;

    EdgeResponse(HttpServletRequest request, HttpServletResponse response, CachePolicy cache, SecurityHeaders headers,
            boolean secure, String hsts, Predicate<HttpServletRequest> authenticated, SafeErrors errors) {
        super(response);
        this.request = request;
        this.cache = cache;
        this.headers = headers;
        this.secure = secure;
        this.hsts = hsts;
        this.authenticated = authenticated;
        this.errors = errors;
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
        } else {
            for (String name : held.names()) {
                List<String> values = held.all(name);
                for (int i = 0; i < values.size(); i++) {
                    write(r, name, values.get(i), i > 0);
                }
            }
        }
        // Where the header is known to be absent, add it: set would scan the container's headers again to
        // replace one that is not there.
        if (hsts != null && r.getHeader("Strict-Transport-Security") == null) {
            r.addHeader("Strict-Transport-Security", hsts);
        }
        if (headers != null) {
            // The list is built once at startup; per response only the app's own values are looked up.
            List<SecurityHeaders.Header> defaults = headers.defaults(secure);
            for (int i = 0; i < defaults.size(); i++) {
                SecurityHeaders.Header h = defaults.get(i);
                String app = r.getHeader(h.name());
                String value = headers.valueOver(h, app, secure);
                if (value == null) {
                    continue;
                }
                if (app == null) {
                    r.addHeader(h.name(), value);
                } else {
                    r.setHeader(h.name(), value);
                }
            }
        }
    }

    private void applyCache(HttpServletResponse r, int status) {
        boolean cookie = setsCookie || r.getHeader("Set-Cookie") != null;
        CacheDecision d = cache.decide(new CacheRequest(request.getMethod(), LaunchReadyFilter.pathInApp(request),
                EdgeRequests.decodedPath(request), status, CacheMarks.served(request), member(), cookie,
                held.joined(CACHE_CONTROL)));
        String cacheControl = d.cacheControl() != null ? d.cacheControl() : held.joined(CACHE_CONTROL);
        if (cacheControl != null) {
            write(r, CACHE_CONTROL, cacheControl, false);
        }
        if (d.neverStore()) {
            write(r, ACCEL, "0", false);
            neutralise(r, CDN, "no-store");
            neutralise(r, CLOUDFLARE, "no-store");
            neutralise(r, SURROGATE, "no-store");
            neutralise(r, EXPIRES, "0");
            passThrough(r, PRAGMA);
            return;
        }
        if (d.kind() == CacheDecision.Kind.APP_CHOICE) {
            for (int i = 0; i < APP_CHOICE_KEPT.size(); i++) {
                passThrough(r, APP_CHOICE_KEPT.get(i));
            }
            return;
        }
        // One of the policy's public answers: only its own targeted headers, none of the app's leftovers.
        neutralise(r, ACCEL, null);
        neutralise(r, SURROGATE, null);
        if (d.dropExpires()) {
            neutralise(r, EXPIRES, null);
            neutralise(r, PRAGMA, null);
        }
        setOrNeutralise(r, CDN, d.cdnCacheControl());
        setOrNeutralise(r, CLOUDFLARE, d.cloudflareCdnCacheControl());
    }

    private void passThrough(HttpServletResponse r, String name) {
        List<String> values = held.all(name);
        for (int i = 0; i < values.size(); i++) {
            write(r, name, values.get(i), i > 0);
        }
    }

    private void setOrNeutralise(HttpServletResponse r, String name, String value) {
        if (value != null) {
            write(r, name, value, false);
        } else {
            neutralise(r, name, null);
        }
    }

    /**
     * Keeps a header off the response. Held back, it simply never reaches the container; if we passed
     * it on before (a decision taken again), it is overwritten with {@code replacement}, or with an
     * empty value when none fits, since the servlet API cannot remove it.
     */
    private void neutralise(HttpServletResponse r, String name, String replacement) {
        if ((written & HeldHeaders.bit(name)) != 0) {
            r.setHeader(name, replacement == null ? "" : replacement);
        }
    }

    private void write(HttpServletResponse r, String name, String value, boolean add) {
        if (add) {
            r.addHeader(name, value);
        } else {
            r.setHeader(name, value);
        }
        written |= HeldHeaders.bit(name);
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
        boolean cookie = name.equalsIgnoreCase("Set-Cookie");
        if (cookie) {
            setsCookie = true;
        }
        if (applied && !isCommitted() && (cookie || HeldHeaders.held(name))) {
            apply(getStatus());
        }
    }

    @Override
    public void addCookie(Cookie cookie) {
        super.addCookie(cookie);
        setsCookie = true;
        changed("Set-Cookie");
    }

    @Override
    public void setHeader(String name, String value) {
        if (HeldHeaders.held(name)) {
            held.set(name, value);
        } else {
            super.setHeader(name, value);
        }
        changed(name);
    }

    @Override
    public void addHeader(String name, String value) {
        if (HeldHeaders.held(name)) {
            held.add(name, value);
        } else {
            super.addHeader(name, value);
        }
        changed(name);
    }

    @Override
    public void setDateHeader(String name, long date) {
        if (HeldHeaders.held(name)) {
            held.set(name, HeldHeaders.date(date));
        } else {
            super.setDateHeader(name, date);
        }
        changed(name);
    }

    @Override
    public void addDateHeader(String name, long date) {
        if (HeldHeaders.held(name)) {
            held.add(name, HeldHeaders.date(date));
        } else {
            super.addDateHeader(name, date);
        }
        changed(name);
    }

    @Override
    public void setIntHeader(String name, int value) {
        setHeader(name, Integer.toString(value));
    }

    @Override
    public void addIntHeader(String name, int value) {
        addHeader(name, Integer.toString(value));
    }

    @Override
    public boolean containsHeader(String name) {
        return HeldHeaders.held(name) && !applied ? held.get(name) != null : super.containsHeader(name);
    }

    @Override
    public String getHeader(String name) {
        return HeldHeaders.held(name) && !applied ? held.get(name) : super.getHeader(name);
    }

    @Override
    public Collection<String> getHeaders(String name) {
        return HeldHeaders.held(name) && !applied ? held.all(name) : super.getHeaders(name);
    }

    @Override
    public Collection<String> getHeaderNames() {
        if (applied) {
            return super.getHeaderNames();
        }
        Set<String> names = new LinkedHashSet<>(super.getHeaderNames());
        names.addAll(held.names());
        return new ArrayList<>(names);
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
        if (errors == null || !errors.sendError((HttpServletResponse) getResponse(), sc)) {
            super.sendError(sc, msg);
        }
    }

    @Override
    public void sendError(int sc) throws IOException {
        if (!isCommitted()) {
            apply(sc);
        }
        if (errors == null || !errors.sendError((HttpServletResponse) getResponse(), sc)) {
            super.sendError(sc);
        }
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
        held.clear();
        written = 0;
        applied = false;
        setsCookie = false;
    }

    @Override
    public ServletOutputStream getOutputStream() throws IOException {
        if (errors != null) {
            errors.bodyStarted();
        }
        if (stream == null) {
            stream = new FirstWriteStream(super.getOutputStream(), this::before);
        }
        return stream;
    }

    @Override
    public PrintWriter getWriter() throws IOException {
        if (errors != null) {
            errors.bodyStarted();
        }
        if (writer == null) {
            writer = new PrintWriter(new FirstWriteWriter(super.getWriter(), this::before), false);
        }
        return writer;
    }
}
