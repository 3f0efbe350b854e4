package dev.launchready.servlet;

import dev.launchready.cache.CachePolicy;
import dev.launchready.client.ClientAddresses;
import dev.launchready.health.HealthEndpoints;
import dev.launchready.https.HttpsDecision;
import dev.launchready.https.HttpsRedirects;
import dev.launchready.https.SecurityHeaders;
import dev.launchready.metrics.RequestTimers;
import dev.launchready.metrics.RouteTable;
import dev.launchready.ratelimit.FormRule;
import dev.launchready.ratelimit.FormLimits;
import dev.launchready.redact.Redactor;
import dev.launchready.trace.RequestIds;
import jakarta.servlet.Filter;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.ServletRequest;
import jakarta.servlet.ServletResponse;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.util.Objects;
import java.util.function.Predicate;
import java.util.function.UnaryOperator;

/**
 * The one LaunchReady filter, registered first on {@code /*}. It gives the request its ID, answers its
 * own endpoints before any other filter (no redirect, login, rate limit or session reaches a probe) and
 * passes everything else on, turning an escaped exception into the reference page. Registered by
 * {@link LaunchReadyInitializer} in a servlet app and by the starter in Spring Boot; a second
 * registration in the same app passes requests straight through.
 */
public final class LaunchReadyFilter implements Filter {

    static final String HANDLED = LaunchReadyFilter.class.getName() + ".handled";

    private final TraceRequests trace;
    private final TraceRequests.Next features = this::features;
    /** The stages below the access log; one instance per filter, so no lambda is captured per request. */
    private final AccessLogRequests.Rest timed = this::timed;
    private final HealthRequests health;
    private final RateLimitRequests rateLimits;
    private final AccessLogRequests accessLog;
    private final RequestMetrics metrics;
    private final OwnEndpoint scrape;
    private final EdgeRequests edge;

    private LaunchReadyFilter(Builder builder) {
        this.trace = builder.requestIds == null && !builder.errorPages ? null
                : new TraceRequests(builder.requestIds, builder.traceClients, builder.errorPages, builder.redact,
                        builder.idOnAsyncStart);
        this.health = builder.health == null ? null : new HealthRequests(builder.health);
        this.metrics = builder.timers == null ? null : new RequestMetrics(builder.timers, builder.routes);
        this.scrape = builder.scrape;
        this.edge = builder.edgeClients == null ? null : new EdgeRequests(builder.https, builder.cache,
                builder.securityHeaders, builder.edgeClients, builder.authenticated);
        this.rateLimits = builder.formLimits == null ? null : new RateLimitRequests(builder.formLimits, builder.clients,
                builder.otherLogins);
        this.accessLog = builder.accessLogRedactor == null ? null
                : new AccessLogRequests(builder.accessLogRedactor, builder.accessLogClients);
    }

    /** A filter with nothing on; turn features on through the builder. */
    public static Builder builder() {
        return new Builder();
    }

    @Override
    public void doFilter(ServletRequest req, ServletResponse res, FilterChain chain)
            throws IOException, ServletException {
        if (!(req instanceof HttpServletRequest request) || !(res instanceof HttpServletResponse response)) {
            chain.doFilter(req, res);
            return;
        }
        if (request.getAttribute(HANDLED) != null) {
            // An async dispatch of a request we handled, or a second registration: only the ID follows.
            if (trace != null) {
                trace.redispatch(request, response, chain);
            } else {
                chain.doFilter(request, response);
            }
            return;
        }
        request.setAttribute(HANDLED, Boolean.TRUE);
        ResolvedClient client = new ResolvedClient(request);
        if (trace != null) {
            trace.handle(request, response, chain, client, features);
        } else {
            features(request, response, chain, client);
        }
    }

    private void features(HttpServletRequest request, HttpServletResponse response, FilterChain chain,
            ResolvedClient client) throws IOException, ServletException {
        if (health != null || scrape != null) {
            String path = pathInApp(request);
            HealthEndpoints.Endpoint endpoint = health == null ? null : HealthEndpoints.match(path);
            if (endpoint != null) {
                if (edge != null) {
                    edge.hsts(request, response, client); // never redirected, but HTTPS answers still carry HSTS
                }
                health.answer(endpoint, request, response);
                return;
            }
            if (scrape != null && scrape.matches(path)) {
                scrape.answer(request, response);
                return;
            }
        }
        EdgeResponse edged = null;
        if (edge != null) {
            HttpsDecision https = edge.decide(request, client);
            if (https != null && https.redirects()) {
                EdgeRequests.redirect(https, response);
                return;
            }
            edged = edge.wrap(request, response, https);
        }
        HttpServletResponse forApp = edged == null ? response : edged;
        try {
            if (accessLog != null) {
                accessLog.around(request, forApp, chain, client, timed);
            } else {
                timed(request, forApp, chain, client);
            }
        } finally {
            if (edged != null) {
                edged.finish();
            }
        }
    }

    /** The metrics stage: everything below (rate limits, the app) is timed; own endpoints above are not. */
    private void timed(HttpServletRequest request, HttpServletResponse response, FilterChain chain,
            ResolvedClient client) throws IOException, ServletException {
        if (metrics == null) {
            limitsThenApp(request, response, chain, client);
            return;
        }
        long start = System.nanoTime();
        Throwable failure = null;
        try {
            limitsThenApp(request, response, chain, client);
        } catch (IOException | ServletException | RuntimeException | Error e) {
            failure = e;
            throw e;
        } finally {
            metrics.finish(request, response, start, failure);
        }
    }

    private void limitsThenApp(HttpServletRequest request, HttpServletResponse response, FilterChain chain,
            ResolvedClient client) throws IOException, ServletException {
        if (rateLimits != null) {
            FormRule form = rateLimits.match(request);
            if (form != null) {
                rateLimits.handle(form, request, response, chain, client);
                return;
            }
        }
        chain.doFilter(request, response);
    }

    /** Stops the timer that sends held-back 429s. */
    @Override
    public void destroy() {
        if (rateLimits != null) {
            rateLimits.close();
        }
    }

    /** The raw path below the context path; nothing is decoded, so nothing can be smuggled by decoding. */
    static String pathInApp(HttpServletRequest request) {
        String uri = Objects.requireNonNullElse(request.getRequestURI(), "");
        String context = request.getContextPath();
        return context == null || context.isEmpty() || !uri.startsWith(context) ? uri : uri.substring(context.length());
    }

    /** An endpoint the filter answers itself, ahead of timing, rate limits and the app. */
    interface OwnEndpoint {
        boolean matches(String pathInApp);

        void answer(HttpServletRequest request, HttpServletResponse response) throws IOException;
    }

    /** Chooses the features a {@link LaunchReadyFilter} runs. */
    public static final class Builder {
        private HealthEndpoints health;
        private FormLimits formLimits;
        private ClientAddresses clients;
        private Predicate<HttpServletRequest> otherLogins = request -> false;
        private Redactor accessLogRedactor;
        private ClientAddresses accessLogClients;
        private RequestIds requestIds;
        private ClientAddresses traceClients;
        private boolean errorPages;
        private boolean idOnAsyncStart = true;
        private UnaryOperator<String> redact = UnaryOperator.identity();
        private RequestTimers timers;
        private RouteTable routes = RouteTable.of(java.util.List.of());
        private OwnEndpoint scrape;
        private HttpsRedirects https;
        private CachePolicy cache;
        private SecurityHeaders securityHeaders;
        private ClientAddresses edgeClients;
        private Predicate<HttpServletRequest> authenticated;

        private Builder() {
        }

        /** Answers {@code /livez}, {@code /readyz}, {@code /healthz} from {@code endpoints}. */
        public Builder health(HealthEndpoints endpoints) {
            this.health = endpoints;
            return this;
        }

        /** Limits login, reset, signup and invite forms, resolving client addresses with {@code clients}. */
        public Builder formLimits(FormLimits limits, ClientAddresses clients) {
            this.formLimits = Objects.requireNonNull(limits, "limits");
            this.clients = Objects.requireNonNull(clients, "clients");
            return this;
        }

        /**
         * Requests that are logins although their path is not among the login paths: the starter passes
         * Spring Security's own login-processing matcher here.
         */
        public Builder otherLogins(Predicate<HttpServletRequest> logins) {
            this.otherLogins = Objects.requireNonNull(logins, "logins");
            return this;
        }

        /**
         * Writes one line per request to the {@code launchready.access} logger (after the health
         * endpoints, which are never logged), its query string and headers redacted by {@code redactor}.
         */
        public Builder accessLog(Redactor redactor, ClientAddresses clients) {
            this.accessLogRedactor = Objects.requireNonNull(redactor, "redactor");
            this.accessLogClients = Objects.requireNonNull(clients, "clients");
            return this;
        }

        /**
         * Gives every request an ID (MDC {@code requestId}, response header), taking a trusted proxy's
         * ({@code clients} says which peers are) when it is safe.
         */
        public Builder requestIds(RequestIds ids, ClientAddresses clients) {
            this.requestIds = Objects.requireNonNull(ids, "ids");
            this.traceClients = Objects.requireNonNull(clients, "clients");
            return this;
        }

        /**
         * Whether work the app starts through {@code AsyncContext.start(Runnable)} runs with the request's
         * ID in its MDC (on by default). It takes a wrapper around every request that may go async, which
         * the app's every request call then passes through; Spring MVC never starts work that way (its
         * async requests run on its own executor and come back through an async dispatch, which gets the
         * ID anyway), so the starter turns it off.
         */
        public Builder idOnAsyncStart(boolean on) {
            this.idOnAsyncStart = on;
            return this;
        }

        /**
         * Answers an escaped exception or a bodiless 5xx with the reference page, logging the failure once
         * at ERROR with every message passed through {@code redact}.
         */
        public Builder errorPages(UnaryOperator<String> redact) {
            this.errorPages = true;
            this.redact = Objects.requireNonNull(redact, "redact");
            return this;
        }

        /**
         * Times every request below the own endpoints as {@code http.server.requests}; {@code routes} names
         * requests no servlet mapping does (an empty table: mappings only).
         */
        public Builder metrics(RequestTimers timers, RouteTable routes) {
            this.timers = Objects.requireNonNull(timers, "timers");
            this.routes = Objects.requireNonNull(routes, "routes");
            return this;
        }

        Builder scrape(OwnEndpoint endpoint) {
            this.scrape = endpoint;
            return this;
        }

        /**
         * Redirects plain HTTP and alias hosts, sends HSTS, and decides cache and security headers at
         * commit; any of the three may be null (off). The scheme comes from {@code clients} only.
         */
        public Builder edge(HttpsRedirects https, CachePolicy cache, SecurityHeaders headers, ClientAddresses clients) {
            this.https = https;
            this.cache = cache;
            this.securityHeaders = headers;
            this.edgeClients = Objects.requireNonNull(clients, "clients");
            return this;
        }

        /**
         * Requests whose principal the container does not know: the starter passes "Spring Security
         * holds an authenticated, non-anonymous user", which makes the response private.
         */
        public Builder authenticated(Predicate<HttpServletRequest> authenticated) {
            this.authenticated = Objects.requireNonNull(authenticated, "authenticated");
            return this;
        }

        public LaunchReadyFilter build() {
            return new LaunchReadyFilter(this);
        }
    }
}
