package dev.launchready.springlogs;

import java.sql.SQLException;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.slf4j.MDC;
import org.springframework.boot.autoconfigure.SpringBootApplication;
import org.springframework.context.annotation.Bean;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.web.SecurityFilterChain;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RestController;

/** Logs what a hurried founder logs; LaunchReady only from the starter. */
@SpringBootApplication
@RestController
public class CarelessApp {

    static final String STRIPE = "sk_" + "live_" + "4eC39HqLyjWDarjtT1zdp7dc";
    static final String EMAIL = "mia.member@example.com";
    static final String PASSWORD = "hunter2-correct-horse";

    private static final Logger log = LoggerFactory.getLogger(CarelessApp.class);

    /** Spring Security is on this module's test class path; this app is open. */
    @Bean
    SecurityFilterChain open(HttpSecurity http) throws Exception {
        return http.authorizeHttpRequests(a -> a.anyRequest().permitAll()).build();
    }

    @GetMapping("/members/{id}")
    String member(@PathVariable String id) {
        MDC.put("password", PASSWORD);
        try {
            log.info("charging {} for {}", STRIPE, EMAIL);
            log.error("db down", new SQLException("cannot reach jdbc:postgresql://db/app?user=app&password=" + PASSWORD));
        } finally {
            MDC.remove("password");
        }
        return "member " + id;
    }
}
