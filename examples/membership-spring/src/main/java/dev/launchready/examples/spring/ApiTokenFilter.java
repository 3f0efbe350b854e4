package dev.launchready.examples.spring;

import dev.launchready.examples.common.members.MemberStore;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.context.SecurityContext;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.core.userdetails.UserDetails;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * Authenticates {@code /api/} calls that carry {@code Authorization: Bearer <personal API token>}.
 *
 * <p>For that request only: nothing goes into the session, so a token never turns into a login.
 * An unknown token is simply not authenticated, and the entry point answers 401.
 */
final class ApiTokenFilter extends OncePerRequestFilter {

    private static final String BEARER = "Bearer ";

    private final MemberStore members;

    ApiTokenFilter(MemberStore members) {
        this.members = members;
    }

    @Override
    protected boolean shouldNotFilter(HttpServletRequest request) {
        return !Requests.path(request).startsWith("/api/") || token(request) == null;
    }

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        members.findByApiToken(token(request)).ifPresent(member -> {
            UserDetails details = MemberDetailsService.details(member);
            SecurityContext context = SecurityContextHolder.createEmptyContext();
            context.setAuthentication(
                    UsernamePasswordAuthenticationToken.authenticated(details, null, details.getAuthorities()));
            SecurityContextHolder.setContext(context);
        });
        chain.doFilter(request, response);
    }

    private static String token(HttpServletRequest request) {
        String authorization = request.getHeader("Authorization");
        if (authorization == null || !authorization.regionMatches(true, 0, BEARER, 0, BEARER.length())) {
            return null;
        }
        return authorization.substring(BEARER.length()).strip();
    }
}
