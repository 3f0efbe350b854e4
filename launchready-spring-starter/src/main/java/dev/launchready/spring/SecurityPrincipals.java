package dev.launchready.spring;

import jakarta.servlet.http.HttpServletRequest;
import java.util.function.Predicate;
import org.springframework.security.authentication.AnonymousAuthenticationToken;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.SecurityContextHolder;

/**
 * Whether Spring Security holds an authenticated user for the current request: our filter sits
 * outside Spring Security's request wrapper, so {@code getUserPrincipal()} cannot tell it.
 */
final class SecurityPrincipals implements Predicate<HttpServletRequest> {

    @Override
    public boolean test(HttpServletRequest request) {
        Authentication a = SecurityContextHolder.getContext().getAuthentication();
        return a != null && a.isAuthenticated() && !(a instanceof AnonymousAuthenticationToken);
    }
}
