package dev.launchready.examples.common.journey;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Instant;
import java.util.HexFormat;
import java.util.Map;
import java.util.UUID;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Walks a running membership app the way visitors, members, API clients and Stripe would, over plain HTTP.
 *
 * <p>Knows nothing of how the app is built, so the servlet and the Spring app must answer it identically.
 */
public final class MembershipJourney {

    public static final String DEMO_EMAIL = "member@example.com";
    public static final String DEMO_NAME = "Mia Member";
    public static final String DEMO_PASSWORD = "launch-ready-1";
    public static final String DEMO_CARD_LAST_FOUR = "4242";

    private static final Pattern ASSET = Pattern.compile("/assets/(app|logo)\\.([0-9a-f]{8,10})\\.(css|js|svg)");
    private static final Pattern API_TOKEN = Pattern.compile("<code id=\"api-token\">([^<]+)</code>");
    private static final Pattern REFERENCE = Pattern.compile("quote this reference: <code>[0-9a-z]{20}</code>");
    private static final String HTML = "text/html";
    private static final String JSON = "application/json";

    private final URI base;
    private final String webhookSecret;

    /**
     * @param base where the app listens, e.g. {@code http://localhost:8080}
     * @param webhookSecret the app's {@code STRIPE_WEBHOOK_SECRET}
     */
    public MembershipJourney(URI base, String webhookSecret) {
        this.base = base;
        this.webhookSecret = webhookSecret;
    }

    /** Every step but the health check, in an order where each builds on the last. */
    public void walk() {
        publicPages();
        fingerprintedAssets();
        signupValidation();
        String newMemberEmail = signupLogsInAndLogsOut();
        loginFailure();
        String apiToken = memberJourney();
        apiTokens(apiToken);
        passwordReset(newMemberEmail);
        stripeWebhook();
        jsonLogin();
        failureIsTraceable();
    }

    /**
     * {@code GET /reports/export} fails inside the app with a JDBC URL and password in its message: the
     * visitor gets a short page with a reference, never the message, class or stack.
     */
    public void failureIsTraceable() {
        Browser visitor = new Browser(base);
        Reply page = visitor.get("/reports/export", "Accept", "text/html,application/xhtml+xml,*/*;q=0.8");
        assertThat(page.status()).as(page.describe()).isEqualTo(500);
        assertThat(page.contentType()).as(page.describe()).startsWith(HTML);
        assertThat(page.text()).as(page.describe()).containsPattern(REFERENCE);
        assertNothingLeaked(page);

        Reply problem = visitor.get("/reports/export", "Accept", JSON);
        assertThat(problem.status()).as(problem.describe()).isEqualTo(500);
        assertThat(problem.contentType()).as(problem.describe()).startsWith("application/problem+json");
        assertThat(problem.text()).as(problem.describe()).containsPattern("\"requestId\":\"[0-9a-z]{20}\"");
        assertNothingLeaked(problem);
    }

    private static void assertNothingLeaked(Reply reply) {
        assertThat(reply.text()).as(reply.describe())
                .doesNotContain("jdbc", "password", "demo-reports-pass", "Exception", "at dev.", "reports-db");
    }

    /** {@code GET /healthz}, served by LaunchReady rather than by the app. */
    public void checkHealth() {
        Reply health = new Browser(base).get("/healthz");

        assertThat(health.status()).as(health.describe()).isEqualTo(200);
        assertThat(health.contentType()).as(health.describe()).startsWith("application/health+json");
        assertThat(health.text()).as(health.describe()).contains("\"status\":\"pass\"");
    }

    public void publicPages() {
        Browser visitor = new Browser(base);
        assertPage(visitor.get("/"), 200, "Launch Circle");
        assertPage(visitor.get("/pricing"), 200, "Pricing");

        Reply robots = visitor.get("/robots.txt");
        assertThat(robots.status()).as(robots.describe()).isEqualTo(200);
        assertThat(robots.contentType()).as(robots.describe()).startsWith("text/plain");
        assertThat(robots.text()).as(robots.describe()).contains("User-agent:");

        Reply favicon = visitor.get("/favicon.ico");
        assertThat(favicon.status()).as(favicon.describe()).isEqualTo(200);
        assertThat(favicon.contentType()).as(favicon.describe()).isIn("image/x-icon", "image/vnd.microsoft.icon");
        assertThat(favicon.body()).as("an ICO file's magic bytes").startsWith(0, 0, 1, 0);
    }

    public void fingerprintedAssets() {
        Browser visitor = new Browser(base);
        Reply home = visitor.get("/");
        Matcher links = ASSET.matcher(home.text());
        int found = 0;
        while (links.find()) {
            found++;
            Reply asset = visitor.get(links.group());
            assertThat(asset.status()).as(asset.describe()).isEqualTo(200);
            assertThat(sha256Hex(asset.body())).as("content hash of " + links.group()).startsWith(links.group(2));
            assertThat(asset.contentType()).as(asset.describe()).startsWith(switch (links.group(3)) {
                case "css" -> "text/css";
                case "js" -> "text/javascript";
                default -> "image/svg+xml";
            });
        }
        assertThat(found).as("fingerprinted css, js and logo linked from the home page").isGreaterThanOrEqualTo(3);

        Reply stale = visitor.get("/assets/app.0000000000.css");
        assertThat(stale.status()).as(stale.describe()).isEqualTo(404);
    }

    public void signupValidation() {
        Browser visitor = new Browser(base);
        visitor.get("/signup");
        assertForm(visitor.postForm("/signup", Map.of("name", "", "email", "", "password", "")), 400, "/signup");
        visitor.get("/signup");
        assertForm(visitor.postForm("/signup", Map.of("name", "Short", "email", "short@example.com", "password", "short")),
                400, "/signup");
        visitor.get("/signup");
        assertForm(visitor.postForm("/signup", Map.of("name", "Copycat", "email", DEMO_EMAIL, "password", "long-enough-1")),
                409, "/signup");
    }

    /** @return the email the new member signed up with */
    public String signupLogsInAndLogsOut() {
        Browser visitor = new Browser(base);
        String email = "nina." + UUID.randomUUID().toString().substring(0, 8) + "@example.com";
        assertForm(visitor.get("/signup"), 200, "/signup");

        Reply created = visitor.postForm("/signup", Map.of("name", "Nina <New>", "email", email, "password", "nina-password-1"));
        assertRedirect(created, "/members");

        Reply feed = visitor.get("/members");
        assertPage(feed, 200, email);
        assertThat(feed.text()).as("name escaped on the page").contains("Nina &lt;New&gt;").doesNotContain("Nina <New>");

        assertRedirect(visitor.postForm("/logout", Map.of()), "/");
        assertRedirect(visitor.get("/members"), "/login");
        return email;
    }

    public void loginFailure() {
        Browser visitor = new Browser(base);
        assertForm(visitor.get("/login"), 200, "/login");
        assertForm(visitor.postForm("/login", Map.of("email", DEMO_EMAIL, "password", "not-the-password")), 401, "/login");
        assertForm(visitor.postForm("/login", Map.of("email", "nobody@example.com", "password", DEMO_PASSWORD)), 401, "/login");
        assertRedirect(visitor.get("/members"), "/login");
    }

    /** @return the member's personal API token, read from the account page */
    public String memberJourney() {
        Browser member = new Browser(base);
        member.get("/login");
        assertRedirect(member.postForm("/login", Map.of("email", DEMO_EMAIL, "password", DEMO_PASSWORD)), "/members");

        Reply feed = member.get("/members");
        assertPage(feed, 200, DEMO_NAME);
        assertThat(feed.text()).as(feed.describe()).contains(DEMO_EMAIL);

        Reply account = member.get("/account");
        assertPage(account, 200, DEMO_EMAIL);
        assertThat(account.text()).as(account.describe()).contains(DEMO_CARD_LAST_FOUR);
        Matcher token = API_TOKEN.matcher(account.text());
        assertThat(token.find()).as("API token on the account page\n" + account.describe()).isTrue();

        assertMe(member.get("/api/me"));

        member.get("/members");
        Reply invited = member.postForm("/invite", Map.of("email", "friend@example.com"));
        if (invited.status() == 303) {
            assertRedirect(invited, "/members");
        } else {
            assertPage(invited, 200, "friend@example.com");
        }

        member.get("/members");
        assertRedirect(member.postForm("/logout", Map.of()), "/");
        assertRedirect(member.get("/members"), "/login");
        assertRedirect(member.get("/account"), "/login");
        return token.group(1);
    }

    public void apiTokens(String apiToken) {
        Browser client = new Browser(base);
        assertMe(client.get("/api/me", "Authorization", "Bearer " + apiToken, "Accept", JSON));

        assertJson(client.get("/api/me", "Accept", JSON), 401);
        assertJson(client.get("/api/me"), 401);
        assertJson(client.get("/api/me", "Authorization", "Bearer mbr_not-a-real-token", "Accept", JSON), 401);
    }

    /** The same page for a member and a stranger, so the form does not tell who has an account. */
    public void passwordReset(String memberEmail) {
        Browser visitor = new Browser(base);
        assertForm(visitor.get("/password-reset"), 200, "/password-reset");
        Reply known = visitor.postForm("/password-reset", Map.of("email", memberEmail));
        assertPage(known, 200, "email");

        visitor.get("/password-reset");
        Reply unknown = visitor.postForm("/password-reset", Map.of("email", "stranger@example.com"));
        assertPage(unknown, 200, "email");
        assertThat(unknown.text()).as("reset page for an unknown email").isEqualTo(known.text());

        assertForm(visitor.get("/password-reset/confirm?token=rst_made_up"), 200, "/password-reset/confirm");
        Reply bogus = visitor.postForm("/password-reset/confirm", Map.of("token", "rst_made_up", "password", "new-password-1"));
        assertThat(bogus.status()).as(bogus.describe()).isEqualTo(400);
    }

    public void stripeWebhook() {
        Browser stripe = new Browser(base);
        byte[] event = "{\"id\":\"evt_journey\",\"object\":\"event\",\"type\":\"checkout.session.completed\"}"
                .getBytes(StandardCharsets.UTF_8);
        long now = Instant.now().getEpochSecond();

        Reply accepted = stripe.post("/webhooks/stripe", event, "Content-Type", JSON,
                "Stripe-Signature", StripeTestSignature.header(webhookSecret, now, event));
        assertJson(accepted, 200);
        assertThat(accepted.text()).as(accepted.describe()).contains("\"received\":true");

        String wrongSecret = StripeTestSignature.header(webhookSecret + "x", now, event);
        assertJson(stripe.post("/webhooks/stripe", event, "Content-Type", JSON, "Stripe-Signature", wrongSecret), 400);
        String stale = StripeTestSignature.header(webhookSecret, now - 600, event);
        assertJson(stripe.post("/webhooks/stripe", event, "Content-Type", JSON, "Stripe-Signature", stale), 400);
        assertJson(stripe.post("/webhooks/stripe", event, "Content-Type", JSON, "Stripe-Signature", "t=oops,v1=zz"), 400);
        assertJson(stripe.post("/webhooks/stripe", event, "Content-Type", JSON), 400);
    }

    public void jsonLogin() {
        Browser client = new Browser(base);
        Reply refused = client.post("/login", json(DEMO_EMAIL, "not-the-password"), "Content-Type", JSON, "Accept", JSON);
        assertJson(refused, 401);

        Reply accepted = client.post("/login", json(DEMO_EMAIL, DEMO_PASSWORD), "Content-Type", JSON, "Accept", JSON);
        if (accepted.status() == 303) {
            assertRedirect(accepted, "/members");
        } else {
            assertJson(accepted, 200);
        }
        assertPage(client.get("/members"), 200, DEMO_NAME);
        assertMe(client.get("/api/me", "Accept", JSON));
    }

    private static byte[] json(String email, String password) {
        return ("{\"email\":\"" + email + "\",\"password\":\"" + password + "\"}").getBytes(StandardCharsets.UTF_8);
    }

    private static void assertMe(Reply me) {
        assertJson(me, 200);
        assertThat(me.text()).as(me.describe())
                .contains("\"name\":\"" + DEMO_NAME + "\"")
                .contains("\"email\":\"" + DEMO_EMAIL + "\"");
    }

    private static void assertPage(Reply reply, int status, String text) {
        assertThat(reply.status()).as(reply.describe()).isEqualTo(status);
        assertThat(reply.contentType()).as(reply.describe()).startsWith(HTML);
        assertThat(reply.text()).as(reply.describe()).contains(text);
    }

    private static void assertForm(Reply reply, int status, String action) {
        assertPage(reply, status, "<form method=\"post\" action=\"" + action + "\"");
    }

    private static void assertJson(Reply reply, int status) {
        assertThat(reply.status()).as(reply.describe()).isEqualTo(status);
        assertThat(reply.contentType()).as(reply.describe()).startsWith(JSON);
    }

    private static void assertRedirect(Reply reply, String path) {
        assertThat(reply.status()).as(reply.describe()).isEqualTo(303);
        assertThat(reply.redirectPath()).as(reply.describe()).isEqualTo(path);
    }

    private static String sha256Hex(byte[] bytes) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(bytes));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
