package dev.launchready.springedge;

import org.springframework.boot.SpringBootConfiguration;
import org.springframework.boot.autoconfigure.EnableAutoConfiguration;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Import;
import org.springframework.security.config.Customizer;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.web.SecurityFilterChain;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RestController;

/**
 * Public pages and a member page behind HTTP Basic (stateless: no session), with Spring Security's
 * headers as the app left them, or its cache-control writer turned back on ({@code app.spring-cache=on})
 * or off ({@code off}).
 */
@SpringBootConfiguration
@EnableAutoConfiguration
@Import(PagesApp.Pages.class)
public class PagesApp {

    @Bean
    SecurityFilterChain security(HttpSecurity http, org.springframework.core.env.Environment env) throws Exception {
        http.authorizeHttpRequests(a -> a.requestMatchers("/public").permitAll().anyRequest().authenticated())
                .httpBasic(Customizer.withDefaults())
                .sessionManagement(s -> s.sessionCreationPolicy(
                        org.springframework.security.config.http.SessionCreationPolicy.STATELESS));
        if ("on".equals(env.getProperty("app.spring-cache"))) {
            http.headers(h -> h.cacheControl(Customizer.withDefaults()));
        }
        if ("off".equals(env.getProperty("app.spring-cache"))) {
            http.headers(h -> h.cacheControl(c -> c.disable()));
        }
        return http.build();
    }

    @RestController
    static class Pages {
        @GetMapping("/public")
        String publicPage() {
            return "for everyone";
        }

        @GetMapping("/private")
        String privatePage(java.security.Principal who) {
            return "for " + who.getName();
        }
    }
}
