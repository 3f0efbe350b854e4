package dev.launchready.servlet;

import dev.launchready.cache.CachePolicy;
import dev.launchready.client.ClientAddresses;
import dev.launchready.https.HttpsDecision;
import dev.launchready.https.HttpsRedirects;
import dev.launchready.https.SecurityHeaders;
import dev.launchready.health.HealthEndpoints;
import dev.launchready.ratelimit.FormRule;
import dev.launchready.ratelimit.FormLimits;
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

/**
 * The one LaunchReady filter, registered first on {@code /*}. It answers its own endpoints before any
 * other filter (no redirect, login, rate limit or session reaches a probe) and passes everything else
 * on. Registered by {@link LaunchReadyInitializer} in a servlet app and by the starter in Spring Boot;
 * a second registration in the same app passes requests straight through.
 */
public final class LaunchReadyFilter implements Filter {

    static final String HANDLED = LaunchReadyFilter.class.getName() + ".handled";

    private final HealthRequests health;
    private final RateLimitRequests rateLimits;
    private final EdgeRequests edge;

    private LaunchReadyFilter(Builder builder) {
        this.health = builder.health == null ? null : new HealthRequests(builder.health);
        this.rateLimits = builder.formLimits == null ? null : new RateLimitRequests(builder.formLimits, builder.clients,
                builder.otherLogins);
        this.edge = builder.edgeClients == null ? null : new EdgeRequests(builder.https, builder.cache,
                builder.securityHeaders, builder.edgeClients, builder.authenticated);
    }

    /** A filter with nothing on; turn features on through the builder. */
    public static Builder builder() {
        return new Builder();
    }

    @Override
    public void doFilter(ServletRequest req, ServletResponse res, FilterChain chain)
            throws IOException, ServletException {
        if (!(req instanceof HttpServletRequest request) || !(res instanceof HttpServletResponse response)
                || request.getAttribute(HANDLED) != null) {
            chain.doFilter(req, res);
            return;
        }
        request.setAttribute(HANDLED, Boolean.TRUE);
        if (health != null) {
            HealthEndpoints.Endpoint endpoint = HealthEndpoints.match(pathInApp(request));
            if (endpoint != null) {
                if (edge != null) {
                    edge.hsts(request, response); // never redirected, but HTTPS answers still carry HSTS
                }
                health.answer(endpoint, request, response);
                return;
            }
        }
        EdgeResponse edged = null;
        if (edge != null) {
            HttpsDecision https = edge.decide(request);
            if (https != null && https.redirects()) {
                EdgeRequests.redirect(https, response);
                return;
            }
            edged = edge.wrap(request, response, https);
        }
        HttpServletResponse forApp = edged == null ? response : edged;
        try {
            if (rateLimits != null) {
                FormRule form = rateLimits.match(request);
                if (form != null) {
                    rateLimits.handle(form, request, forApp, chain);
                    return;
                }
            }
            chain.doFilter(request, forApp);
        } finally {
            if (edged != null) {
                edged.finish();
            }
        }
    }

    /** The raw path below the context path; nothing is decoded, so nothing can be smuggled by decoding. */
    static String pathInApp(HttpServletRequest request) {
        String uri = Objects.requireNonNullElse(request.getRequestURI(), "");
        String context = request.getContextPath();
        return context == null || context.isEmpty() || !uri.startsWith(context) ? uri : uri.substring(context.length());
    }

    /** Chooses the features a {@link LaunchReadyFilter} runs. */
    public static final class Builder {
        private HealthEndpoints health;
        private FormLimits formLimits;
        private ClientAddresses clients;
        private Predicate<HttpServletRequest> otherLogins = request -> false;
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
