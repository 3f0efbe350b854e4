package dev.launchready.examples.common.journey;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Map;

/**
 * Makes an example app write its deliberately careless log lines (a JSON login body with the password,
 * a password-reset link, a Stripe webhook payload, a driver exception with the database URL) and
 * checks the app's real output: every line there, none of the secrets.
 */
public final class CarelessLogs {

    public static final String WEBHOOK_SECRET = "whsec_careless_logs_test";
    static final String DB_PASSWORD = "s3cret-db-pass";
    static final String CUSTOMER_EMAIL = "paying.customer@example.org";

    /** What the app is started with: a database URL with a password, and the access log on. */
    public static final Map<String, String> ENV = Map.of("PORT", "0", "STRIPE_WEBHOOK_SECRET", WEBHOOK_SECRET,
            "DATABASE_URL", "postgres://members:" + DB_PASSWORD + "@db.internal:5432/members",
            "LAUNCHREADY_ACCESS_LOG_ENABLED", "true", "LAUNCHREADY_HEALTH_DRAIN_PERIOD", "0s");

    private CarelessLogs() {
    }

    /** Sends the requests that make the app log carelessly, then checks what it printed. */
    public static void provokeAndCheck(LaunchedJar app) throws InterruptedException {
        Browser browser = new Browser(app.uri());
        browser.post("/login", ("{\"email\":\"" + MembershipJourney.DEMO_EMAIL + "\",\"password\": \""
                + MembershipJourney.DEMO_PASSWORD + "\"}").getBytes(StandardCharsets.UTF_8), "Content-Type", "application/json");
        browser.get("/password-reset");
        browser.postForm("/password-reset", Map.of("email", MembershipJourney.DEMO_EMAIL));
        byte[] payload = ("{\"id\":\"evt_1\",\"type\":\"invoice.paid\",\"data\":{\"object\":{\"customer_email\":\""
                + CUSTOMER_EMAIL + "\",\"amount_paid\":900}}}").getBytes(StandardCharsets.UTF_8);
        long now = System.currentTimeMillis() / 1000;
        browser.post("/webhooks/stripe", payload, "Content-Type", "application/json",
                "Stripe-Signature", StripeTestSignature.header(WEBHOOK_SECRET, now, payload));

        String output = app.awaitOutput("stripe webhook payload", Duration.ofSeconds(20));
        assertThat(output).as("the careless lines are all there")
                .contains("member database unreachable")
                .contains("java.sql.SQLException: Connection to jdbc:postgresql://db.internal:5432/members?user=members&password=[REDACTED")
                .contains("login request body {\"email\":\"[EMAIL]\",\"password\": \"[REDACTED")
                .contains("password reset link for [EMAIL]: http")
                .contains("stripe webhook payload {\"id\":\"evt_1\",\"type\":\"invoice.paid\",\"data\":{\"object\":{\"customer_email\":\"[EMAIL]\"")
                .contains("launchready.access");
        assertThat(output).as("no secret survives")
                .doesNotContain(DB_PASSWORD)
                .doesNotContain(MembershipJourney.DEMO_PASSWORD)
                .doesNotContain(MembershipJourney.DEMO_EMAIL)
                .doesNotContain(CUSTOMER_EMAIL)
                .doesNotContainPattern("rst_[A-Za-z0-9_-]{8}") // the reset link's token
                .doesNotContainPattern("v1=[0-9a-f]{16}"); // the webhook's Stripe-Signature
    }
}
