package dev.launchready.examples.spring;

import org.springframework.boot.SpringApplication;
import org.springframework.boot.autoconfigure.SpringBootApplication;
import org.springframework.context.ConfigurableApplicationContext;

/** Starts the membership app on Spring Boot: {@code java -jar membership-spring.jar}. */
@SpringBootApplication
public class MembershipSpringApp {

    public static void main(String[] args) {
        start(args);
    }

    /**
     * Starts the app and returns once it accepts connections; {@code --server.port=0} picks a free port, found
     * afterwards as the {@code local.server.port} property.
     */
    public static ConfigurableApplicationContext start(String... args) {
        SpringApplication app = new SpringApplication(MembershipSpringApp.class);
        // Otherwise Spring names whatever class called main first, e.g. a test runner, in its startup lines.
        app.setMainApplicationClass(MembershipSpringApp.class);
        return app.run(args);
    }
}
