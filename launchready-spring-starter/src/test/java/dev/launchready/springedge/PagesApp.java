package dev.launchready.springedge;

import org.springframework.boot.SpringBootConfiguration;
import org.springframework.boot.autoconfigure.EnableAutoConfiguration;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Import;
import org.springframework.core.annotation.Order;
import org.springframework.security.config.Customizer;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.config.http.SessionCreationPolicy;
import org.springframework.security.web.SecurityFilterChain;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RestController;

/**
 * Public pages and member pages behind HTTP Basic (stateless: no session), twice: under
 * {@code /spring-cache/} a chain that turns Spring Security's cache-control writer back on, elsewhere
 * a chain that leaves Spring Security's headers as they come.
 */
@SpringBootConfiguration
@EnableAutoConfiguration
@Import(PagesApp.Pages.class)
public class PagesApp {

    @Bean
    @Order(1)
    SecurityFilterChain springCacheOn(HttpSecurity http) throws Exception {
        return chain(http.securityMatcher("/spring-cache/**")
                .headers(h -> h.cacheControl(Customizer.withDefaults())));
    }

    @Bean
    @Order(2)
    SecurityFilterChain asTheyCome(HttpSecurity http) throws Exception {
        return chain(http);
    }

    private static SecurityFilterChain chain(HttpSecurity http) throws Exception {
        return http.authorizeHttpRequests(a -> a.requestMatchers("/public", "/spring-cache/public").permitAll()
                        .anyRequest().authenticated())
                .httpBasic(Customizer.withDefaults())
                .sessionManagement(s -> s.sessionCreationPolicy(SessionCreationPolicy.STATELESS))
                .build();
    }

    @RestController
    static class Pages {
        @GetMapping({"/public", "/spring-cache/public"})
        String publicPage() {
            return "for everyone";
        }

        @GetMapping({"/private", "/spring-cache/private"})
        String privatePage(java.security.Principal who) {
            return "for " + who.getName();
        }
    }
}
