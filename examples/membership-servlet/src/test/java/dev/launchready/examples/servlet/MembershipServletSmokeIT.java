package dev.launchready.examples.servlet;

import dev.launchready.examples.common.journey.MembershipJourney;
import java.util.Map;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** Starts the app the way {@code main} does, on a free port, and walks it as visitors, members and Stripe would. */
class MembershipServletSmokeIT {

    private static final String WEBHOOK_SECRET = "whsec_servlet_smoke_test";

    private static RunningApp app;
    private static MembershipJourney journey;

    @BeforeAll
    static void start() throws Exception {
        app = MembershipServletApp.start(Map.of("PORT", "0", "STRIPE_WEBHOOK_SECRET", WEBHOOK_SECRET));
        journey = new MembershipJourney(app.uri(), WEBHOOK_SECRET);
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
