package dev.launchready.spring;

import dev.launchready.servlet.LoginMarks;
import jakarta.servlet.http.HttpServletRequest;
import org.springframework.context.annotation.Conditional;
import org.springframework.boot.autoconfigure.condition.ConditionalOnClass;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.context.annotation.Bean;
import org.springframework.security.web.SecurityFilterChain;
import org.springframework.context.annotation.Configuration;
import org.springframework.context.event.EventListener;
import org.springframework.security.authentication.event.AbstractAuthenticationFailureEvent;
import org.springframework.security.authentication.event.InteractiveAuthenticationSuccessEvent;
import org.springframework.web.context.request.RequestContextHolder;
import org.springframework.web.context.request.ServletRequestAttributes;

/**
 * Spring Security says what happened to a login even when the app redirects a failure to
 * {@code /login?error} with a 302: its events mark the current request for the rate limiter.
 */
@Configuration(proxyBeanMethods = false)
@ConditionalOnClass({AbstractAuthenticationFailureEvent.class, RequestContextHolder.class})
@Conditional(FeatureCondition.RateLimit.class)
class SecurityEventsConfiguration {

    @Bean
    LoginEvents launchReadyLoginEvents() {
        return new LoginEvents();
    }

    @Bean
    @ConditionalOnClass(name = "org.springframework.security.web.SecurityFilterChain")
    SecurityLoginRequests launchReadySecurityLoginRequests(ObjectProvider<SecurityFilterChain> chains) {
        return new SecurityLoginRequests(chains);
    }

    static final class LoginEvents {

        @EventListener
        void failed(AbstractAuthenticationFailureEvent event) {
            HttpServletRequest request = currentRequest();
            if (request != null) {
                LoginMarks.failed(request);
            }
        }

        @EventListener
        void succeeded(InteractiveAuthenticationSuccessEvent event) {
            HttpServletRequest request = currentRequest();
            if (request != null) {
                LoginMarks.succeeded(request);
            }
        }

        private static HttpServletRequest currentRequest() {
            return RequestContextHolder.getRequestAttributes() instanceof ServletRequestAttributes a ? a.getRequest() : null;
        }
    }
}
