package dev.launchready.examples.spring;

import dev.launchready.examples.common.journey.MembershipJourney;
import java.net.URI;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.springframework.context.ConfigurableApplicationContext;

/** Starts the app the way {@code main} does, on a free port, and walks it as visitors, members and Stripe would. */
class MembershipSpringSmokeIT {

    private static final String WEBHOOK_SECRET = "whsec_spring_smoke_test";

    private static ConfigurableApplicationContext app;
    private static MembershipJourney journey;

    @BeforeAll
    static void start() {
        // Command-line arguments, because they outrank application.properties' server.port=${PORT:8080}.
        app = MembershipSpringApp.start("--server.port=0",
                "--STRIPE_WEBHOOK_SECRET=" + WEBHOOK_SECRET);
        int port = app.getEnvironment().getRequiredProperty("local.server.port", Integer.class);
        journey = new MembershipJourney(URI.create("http://localhost:" + port), WEBHOOK_SECRET);
    }

    @AfterAll
    static void stop() {
        if (app != null) {
            app.close();
        }
    }

    @Test
    void servesTheWholeMembershipJourney() {
        journey.walk();
    }

    @Test
    void answersHealthChecksThroughLaunchReady() {
        journey.checkHealth();
    }
}
