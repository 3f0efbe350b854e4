package dev.launchready.spring;

import jakarta.servlet.http.HttpServletRequest;
import java.lang.reflect.Field;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Predicate;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.security.web.SecurityFilterChain;
import org.springframework.security.web.authentication.AbstractAuthenticationProcessingFilter;
import org.springframework.security.web.util.matcher.RequestMatcher;
import org.springframework.util.ReflectionUtils;

/**
 * Spring Security's own idea of which requests are logins (its form login's processing URL, whatever
 * the app set), so {@code loginProcessingUrl("/auth/signin")} is limited without a LaunchReady setting.
 * Spring Security keeps that matcher private, so it is read once, on the first request, by reflection;
 * if a future version moves it, the configured login paths still apply and one line says so.
 */
final class SecurityLoginRequests implements Predicate<HttpServletRequest> {

    private static final Logger log = LoggerFactory.getLogger(SecurityLoginRequests.class);

    private final ObjectProvider<SecurityFilterChain> chains;
    private volatile List<RequestMatcher> matchers;

    SecurityLoginRequests(ObjectProvider<SecurityFilterChain> chains) {
        this.chains = chains;
    }

    @Override
    public boolean test(HttpServletRequest request) {
        for (RequestMatcher matcher : matchers()) {
            if (matcher.matches(request)) {
                return true;
            }
        }
        return false;
    }

    private List<RequestMatcher> matchers() {
        List<RequestMatcher> m = matchers;
        if (m == null) {
            m = find();
            matchers = m;
        }
        return m;
    }

    private List<RequestMatcher> find() {
        Field field = ReflectionUtils.findField(AbstractAuthenticationProcessingFilter.class,
                "requiresAuthenticationRequestMatcher");
        if (field == null) {
            log.info("rate limits: Spring Security's login URL is not readable in this version; "
                    + "limiting launchready.ratelimit.login.paths only");
            return List.of();
        }
        ReflectionUtils.makeAccessible(field);
        List<RequestMatcher> found = new ArrayList<>();
        chains.orderedStream().forEach(chain -> chain.getFilters().forEach(filter -> {
            if (filter instanceof AbstractAuthenticationProcessingFilter login
                    && ReflectionUtils.getField(field, login) instanceof RequestMatcher matcher) {
                found.add(matcher);
            }
        }));
        return List.copyOf(found);
    }
}
