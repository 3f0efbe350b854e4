package dev.launchready.springmetrics;

import org.springframework.boot.autoconfigure.SpringBootApplication;
import org.springframework.context.annotation.Bean;
import org.springframework.http.ResponseEntity;
import org.springframework.security.config.Customizer;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.web.SecurityFilterChain;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RestController;

/** Public pages, one guarded by Spring Security in front of MVC, and a handler answering any status. */
@SpringBootApplication
@RestController
public class MetricsApp {

    @GetMapping("/members/{id}")
    String member(@PathVariable String id) {
        return "member";
    }

    @GetMapping("/private")
    String secret() {
        return "members only";
    }

    @GetMapping("/status/{code}")
    ResponseEntity<String> status(@PathVariable int code) {
        return ResponseEntity.status(code).body("status");
    }

    /** Streams until the client goes away. */
    @GetMapping("/stream")
    void stream(jakarta.servlet.http.HttpServletResponse response) throws java.io.IOException, InterruptedException {
        java.io.OutputStream out = response.getOutputStream();
        byte[] chunk = new byte[64 * 1024];
        for (int i = 0; i < 2_000; i++) {
            out.write(chunk);
            out.flush();
            Thread.sleep(5);
        }
    }

    @Bean
    SecurityFilterChain security(HttpSecurity http) throws Exception {
        http.authorizeHttpRequests(a -> a.requestMatchers("/private").authenticated().anyRequest().permitAll())
                .httpBasic(Customizer.withDefaults()).csrf(c -> c.disable());
        return http.build();
    }
}
