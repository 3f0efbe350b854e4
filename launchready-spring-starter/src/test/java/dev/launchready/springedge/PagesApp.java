package dev.launchready.springedge;

import jakarta.servlet.ServletResponse;
import jakarta.servlet.ServletResponseWrapper;
import jakarta.servlet.http.HttpServletResponse;
import org.springframework.boot.SpringBootConfiguration;
import org.springframework.boot.autoconfigure.EnableAutoConfiguration;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Import;
import org.springframework.core.annotation.Order;
import org.springframework.security.config.Customizer;
import org.springframework.security.config.ObjectPostProcessor;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.config.http.SessionCreationPolicy;
import org.springframework.security.web.SecurityFilterChain;
import org.springframework.security.web.header.HeaderWriterFilter;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RestController;

/**
 * Public pages and member pages behind HTTP Basic (stateless: no session), three times: under
 * {@code /spring-cache/} a chain that turns Spring Security's cache-control writer back on, under
 * {@code /at-commit/} one that has Spring Security write its headers at commit again, elsewhere a chain
 * that leaves Spring Security's headers as they come. {@code /layers} names the wrappers around
 * the response the app writes to; {@code /own} sets the page's own {@code Cache-Control}.
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

    /** The way out the README gives an app whose own header writer reads the response. */
    @Bean
    @Order(2)
    SecurityFilterChain headersAtCommit(HttpSecurity http) throws Exception {
        return chain(http.securityMatcher("/at-commit/**")
                .headers(h -> h.withObjectPostProcessor(new ObjectPostProcessor<HeaderWriterFilter>() {
                    @Override
                    public <O extends HeaderWriterFilter> O postProcess(O filter) {
                        filter.setShouldWriteHeadersEagerly(false);
                        return filter;
                    }
                })));
    }

    @Bean
    @Order(3)
    SecurityFilterChain asTheyCome(HttpSecurity http) throws Exception {
        return chain(http);
    }

    private static SecurityFilterChain chain(HttpSecurity http) throws Exception {
        return http.authorizeHttpRequests(a -> a.requestMatchers("/public", "/*/public", "/layers", "/*/layers", "/own", "/*/own").permitAll()
                        .anyRequest().authenticated())
                .httpBasic(Customizer.withDefaults())
                .sessionManagement(s -> s.sessionCreationPolicy(SessionCreationPolicy.STATELESS))
                .build();
    }

    @RestController
    static class Pages {
        @GetMapping({"/public", "/spring-cache/public", "/at-commit/public"})
        String publicPage() {
            return "for everyone";
        }

        /** The wrappers around the response the app gets, innermost last; sets its own frame options. */
        @GetMapping({"/layers", "/spring-cache/layers", "/at-commit/layers"})
        String layers(HttpServletResponse response) {
            response.setHeader("X-Frame-Options", "SAMEORIGIN");
            StringBuilder names = new StringBuilder();
            for (ServletResponse r = response; r instanceof ServletResponseWrapper w; r = w.getResponse()) {
                names.append(w.getClass().getName()).append('\n');
            }
            return names.toString();
        }

        /** A public page whose own cache choice the policy keeps. */
        @GetMapping({"/own", "/spring-cache/own", "/at-commit/own"})
        String ownCacheChoice(HttpServletResponse response) {
            response.setHeader("Cache-Control", "public, max-age=600");
            return "cached for ten minutes";
        }

        @GetMapping({"/private", "/spring-cache/private", "/at-commit/private"})
        String privatePage(java.security.Principal who) {
            return "for " + who.getName();
        }
    }
}
