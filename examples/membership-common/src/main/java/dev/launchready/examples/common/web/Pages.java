package dev.launchready.examples.common.web;

import static dev.launchready.examples.common.web.Html.escape;

import dev.launchready.examples.common.members.Member;
import dev.launchready.examples.common.members.PasswordResets;
import dev.launchready.examples.common.members.Signups;

/**
 * Every HTML page of the membership apps, as plain strings; values are escaped here.
 *
 * <p>Each {@code csrf} argument is the anti-CSRF token to put in the page's POST forms, or null for none.
 */
public final class Pages {

    public static final String CONTENT_TYPE = "text/html;charset=UTF-8";

    private final Layout layout;

    public Pages(Assets assets) {
        this.layout = new Layout(assets);
    }

    public String home() {
        return layout.page("Home", """
                <section class="hero">
                <h1>Ship your first product with people who just did.</h1>
                <p>Launch Circle is a members-only community of first-time founders: weekly launch reviews,
                a feed of what everyone shipped, and a pricing-page teardown every month.</p>
                <p><a class="button" href="/signup">Become a member</a> <a href="/pricing">See pricing</a></p>
                </section>
                <section class="cards">
                <article><h2>Launch reviews</h2><p>Post your landing page, get five honest reviews in a day.</p></article>
                <article><h2>The feed</h2><p>What members shipped this week, and what broke.</p></article>
                <article><h2>Office hours</h2><p>Thirty minutes with someone two launches ahead of you.</p></article>
                </section>
                """, false, null);
    }

    public String pricing() {
        return layout.page("Pricing", """
                <h1>Pricing</h1>
                <section class="cards">
                <article><h2>Member</h2><p class="price">$12<small>/month</small></p>
                <p>The feed, launch reviews, monthly teardown.</p><a class="button" href="/signup">Join</a></article>
                <article><h2>Founder</h2><p class="price">$29<small>/month</small></p>
                <p>Everything in Member, plus office hours twice a month.</p><a class="button" href="/signup">Join</a></article>
                </section>
                """, false, null);
    }

    /** @param name and {@code email} are what the person typed, shown again; the password never is */
    public String signup(String name, String email, String problem, String csrf) {
        return layout.page("Sign up", "<h1>Join Launch Circle</h1>\n"
                + Forms.problem(problem)
                + Forms.open("/signup", csrf, "card")
                + Forms.field("Name", "text", "name", name, "name")
                + Forms.field("Email", "email", "email", email, "email")
                + Forms.field("Password (at least " + Signups.MIN_PASSWORD_LENGTH + " characters)", "password",
                        "password", "", "new-password")
                + "<button type=\"submit\">Create my account</button>\n</form>\n"
                + "<p>Already a member? <a href=\"/login\">Log in</a></p>\n", false, null);
    }

    public String login(String email, String problem, String csrf) {
        return layout.page("Log in", "<h1>Log in</h1>\n"
                + Forms.problem(problem)
                + Forms.open("/login", csrf, "card")
                + Forms.field("Email", "email", "email", email, "username")
                + Forms.field("Password", "password", "password", "", "current-password")
                + "<button type=\"submit\">Log in</button>\n</form>\n"
                + "<p><a href=\"/password-reset\">Forgot your password?</a> · New here? <a href=\"/signup\">Join</a></p>\n",
                false, null);
    }

    public String passwordReset(String csrf) {
        return layout.page("Reset your password", "<h1>Reset your password</h1>\n"
                + "<p>We will email you a link to choose a new password.</p>\n"
                + Forms.open("/password-reset", csrf, "card")
                + Forms.field("Email", "email", "email", "", "email")
                + "<button type=\"submit\">Send me a link</button>\n</form>\n", false, null);
    }

    /** The same page whether or not the account exists, so the form cannot be used to find members. */
    public String passwordResetSent() {
        return layout.page("Check your email", """
                <h1>Check your email</h1>
                <p>If an account exists for that address, a link to reset your password is on its way.
                It works once, for %d minutes.</p>
                <p><a href="/login">Back to log in</a></p>
                """.formatted(PasswordResets.VALIDITY.toMinutes()), false, null);
    }

    public String passwordResetConfirm(String token, String problem, String csrf) {
        return layout.page("Choose a new password", "<h1>Choose a new password</h1>\n"
                + Forms.problem(problem)
                + Forms.open(PasswordResets.CONFIRM_PATH, csrf, "card")
                + "<input type=\"hidden\" name=\"token\" value=\"" + escape(token) + "\">\n"
                + Forms.field("New password (at least " + Signups.MIN_PASSWORD_LENGTH + " characters)", "password",
                        "password", "", "new-password")
                + "<button type=\"submit\">Save password</button>\n</form>\n", false, null);
    }

    /** A short page that only tells something, e.g. that a reset link has expired. */
    public String message(String title, String text) {
        return layout.page(title, "<h1>" + escape(title) + "</h1>\n<p>" + escape(text) + "</p>\n"
                + "<p><a href=\"/\">Home</a></p>\n", false, null);
    }

    /** The members' feed. {@code notice} confirms something just done, e.g. an invite sent; null for none. */
    public String members(Member member, String notice, String problem, String csrf) {
        String noticeHtml = notice == null ? "" : "<p class=\"notice\" role=\"status\">" + escape(notice) + "</p>\n";
        return layout.page("Feed", noticeHtml + Forms.problem(problem) + """
                <h1>Welcome back, <span class="member-name">%s</span></h1>
                <p class="muted">Signed in as <span class="member-email">%s</span></p>
                <section class="feed">
                <article><h2>Priya shipped a waitlist page</h2><p>42 signups on day one. Teardown on Thursday.</p></article>
                <article><h2>Tom's Stripe checkout is live</h2><p>First paying customer at 2am, of course.</p></article>
                <article><h2>Launch review: Paperline</h2><p>Five reviews in, the headline is the thing to fix.</p></article>
                </section>
                <h2>Invite a friend</h2>
                """.formatted(escape(member.name()), escape(member.email()))
                + Forms.open("/invite", csrf, "card inline-form")
                + Forms.field("Their email", "email", "email", "", "off")
                + "<button type=\"submit\">Send invite</button>\n</form>\n", true, csrf);
    }

    public String account(Member member, String csrf) {
        String card = member.hasCard() ? "Card ending in <span class=\"card-last-four\">" + escape(member.cardLastFour()) + "</span>"
                : "No card on file";
        return layout.page("Account", """
                <h1>Your account</h1>
                <dl class="card">
                <dt>Name</dt><dd>%s</dd>
                <dt>Email</dt><dd class="member-email">%s</dd>
                <dt>Billing</dt><dd>%s</dd>
                <dt>Personal API token</dt><dd><code id="api-token">%s</code>
                <small>Send it as <code>Authorization: Bearer …</code> to <code>/api/me</code>. Keep it secret.</small></dd>
                </dl>
                """.formatted(escape(member.name()), escape(member.email()), card, escape(member.apiToken())), true, csrf);
    }
}
