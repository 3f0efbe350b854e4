package dev.launchready.spring;

import jakarta.servlet.ServletRequest;
import jakarta.servlet.ServletRequestWrapper;
import jakarta.servlet.http.HttpServletRequest;
import java.util.concurrent.Callable;
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

    /** The classes the request passed through on its way here, outermost first. */
    @GetMapping("/request-chain")
    String requestChain(HttpServletRequest request) {
        StringBuilder chain = new StringBuilder();
        ServletRequest r = request;
        while (true) {
            chain.append(r.getClass().getName()).append('\n');
            if (!(r instanceof ServletRequestWrapper wrapper)) {
                return chain.toString();
            }
            r = wrapper.getRequest();
        }
    }

    /** Spring MVC's own async: the work runs on Spring's executor, the answer is written in an async dispatch. */
    @GetMapping("/async-answer")
    Callable<String> asyncAnswer() {
        return () -> "answered later";
    }

    @Bean
    SecurityFilterChain security(HttpSecurity http) throws Exception {
        http.authorizeHttpRequests(a -> a.requestMatchers("/actuator/health", "/signin-problem", "/request-chain", "/async-answer").permitAll().anyRequest().authenticated())
                // A failure redirect the rate limiter cannot read as one: only Spring Security's events tell it.
                .formLogin(form -> form.loginProcessingUrl("/auth/signin").failureUrl("/signin-problem").permitAll());
        return http.build();
    }
}
