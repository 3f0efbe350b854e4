package dev.launchready.spring;

import org.springframework.boot.autoconfigure.SpringBootApplication;
import org.springframework.context.annotation.Bean;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.web.SecurityFilterChain;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RestController;

/** A typical app: everything behind a login except Actuator's health; LaunchReady only from the starter. */
@SpringBootApplication
@RestController
public class SecuredApp {

    @GetMapping("/private")
    String secret() {
        return "members only";
    }

    @Bean
    SecurityFilterChain security(HttpSecurity http) throws Exception {
        http.authorizeHttpRequests(a -> a.requestMatchers("/actuator/health", "/signin-problem").permitAll().anyRequest().authenticated())
                // A failure redirect the rate limiter cannot read as one: only Spring Security's events tell it.
                .formLogin(form -> form.loginProcessingUrl("/auth/signin").failureUrl("/signin-problem").permitAll());
        return http.build();
    }
}
