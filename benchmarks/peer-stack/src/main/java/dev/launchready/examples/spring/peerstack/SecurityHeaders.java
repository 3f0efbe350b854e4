package dev.launchready.examples.spring.peerstack;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.security.config.Customizer;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.config.annotation.web.configurers.HeadersConfigurer;
import org.springframework.security.web.header.writers.ReferrerPolicyHeaderWriter.ReferrerPolicy;

/**
 * Spring Security's default headers plus what a careful user adds: HSTS with subdomains (sent on https requests
 * only), framing by the site itself only, and a referrer policy.
 *
 * <p>Spring Security 7 applies a {@code Customizer<HeadersConfigurer<HttpSecurity>>} bean to every
 * {@link HttpSecurity} it hands out, so the example's own SecurityConfig stays untouched.
 */
@Configuration(proxyBeanMethods = false)
class SecurityHeaders {

    static final long ONE_YEAR_SECONDS = 31_536_000L;

    @Bean
    Customizer<HeadersConfigurer<HttpSecurity>> headersBeyondDefaults() {
        return headers -> headers
                .httpStrictTransportSecurity(hsts -> hsts.includeSubDomains(true).maxAgeInSeconds(ONE_YEAR_SECONDS))
                .contentSecurityPolicy(csp -> csp.policyDirectives("frame-ancestors 'self'"))
                .referrerPolicy(referrer -> referrer.policy(ReferrerPolicy.STRICT_ORIGIN_WHEN_CROSS_ORIGIN));
    }
}
