package dev.launchready.examples.spring;

import dev.launchready.examples.common.Membership;
import dev.launchready.examples.common.members.MemberStore;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.http.HttpMethod;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.security.web.SecurityFilterChain;
import org.springframework.security.web.authentication.UsernamePasswordAuthenticationFilter;
import org.springframework.security.web.context.HttpSessionSecurityContextRepository;
import org.springframework.security.web.context.SecurityContextRepository;
import org.springframework.security.web.servlet.util.matcher.PathPatternRequestMatcher;

/** Who may see what, and how people log in and out. */
@Configuration(proxyBeanMethods = false)
class SecurityConfig {

    static final String LOGIN_PATH = "/login";
    static final String EMAIL_FIELD = "email";
    static final String PASSWORD_FIELD = "password";

    @Bean
    PasswordEncoder passwordEncoder(MemberStore members) {
        return new MemberPasswordEncoder(members.hasher());
    }

    @Bean
    UserDetailsService userDetailsService(MemberStore members) {
        return new MemberDetailsService(members);
    }

    /** Shared with signup, which logs the new member in itself. */
    @Bean
    SecurityContextRepository securityContextRepository() {
        return new HttpSessionSecurityContextRepository();
    }

    @Bean
    SecurityFilterChain membershipSecurity(HttpSecurity http, Membership membership,
            SecurityContextRepository securityContextRepository) throws Exception {
        LoginOutcomes loginOutcomes = new LoginOutcomes(membership.pages());
        http
                .authorizeHttpRequests(requests -> requests
                        .requestMatchers("/members", "/account", "/invite", "/api/**").authenticated()
                        .anyRequest().permitAll())
                .formLogin(form -> form
                        .loginPage(LOGIN_PATH)
                        .loginProcessingUrl(LOGIN_PATH)
                        .usernameParameter(EMAIL_FIELD)
                        .passwordParameter(PASSWORD_FIELD)
                        .successHandler(loginOutcomes)
                        .failureHandler(loginOutcomes)
                        .permitAll())
                .logout(logout -> logout
                        .logoutUrl("/logout")
                        .logoutSuccessHandler((request, response, authentication) -> Replies.seeOther(response, "/")))
                .csrf(csrf -> csrf.ignoringRequestMatchers(
                        // Stripe cannot know our token; the Stripe-Signature check protects this endpoint instead.
                        PathPatternRequestMatcher.pathPattern(HttpMethod.POST, "/webhooks/stripe"),
                        // A browser cannot send a cross-site application/json POST without a CORS preflight, which
                        // this app never allows, so JSON login is not forgeable and API clients need no token.
                        JsonLoginFilter::matches))
                .securityContext(context -> context.securityContextRepository(securityContextRepository))
                // Always land on the feed after login, as the servlet app does, rather than on a remembered URL.
                .requestCache(cache -> cache.disable())
                .exceptionHandling(exceptions -> exceptions.authenticationEntryPoint(new MembersOnlyEntryPoint()))
                .addFilterBefore(new JsonLoginFilter(), UsernamePasswordAuthenticationFilter.class)
                .addFilterBefore(new ApiTokenFilter(membership.members()), UsernamePasswordAuthenticationFilter.class);
        return http.build();
    }
}
