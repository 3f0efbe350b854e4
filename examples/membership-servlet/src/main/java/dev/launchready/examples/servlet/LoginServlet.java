package dev.launchready.examples.servlet;

import dev.launchready.examples.common.members.LoginAttempts;
import dev.launchready.examples.common.members.Member;
import dev.launchready.examples.common.members.MemberStore;
import dev.launchready.examples.common.web.Credentials;
import dev.launchready.examples.common.web.JsonBodies;
import dev.launchready.examples.common.web.Pages;
import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.util.Optional;

/** Logging in, from the HTML form or from a JSON body on the same path. */
final class LoginServlet extends HttpServlet {

    private static final String REFUSED = "That email and password do not match an account.";

    private final transient MemberStore members;
    private final transient Pages pages;

    LoginServlet(MemberStore members, Pages pages) {
        this.members = members;
        this.pages = pages;
    }

    @Override
    protected void doGet(HttpServletRequest request, HttpServletResponse response) throws IOException {
        Replies.html(response, 200, pages.login("", null, FormToken.of(request)));
    }

    @Override
    protected void doPost(HttpServletRequest request, HttpServletResponse response) throws IOException {
        boolean json = Params.isJson(request);
        Credentials credentials;
        if (json) {
            byte[] body = Params.body(request);
            Optional<Credentials> parsed = body == null ? Optional.empty() : Credentials.fromJson(body);
            if (parsed.isEmpty()) {
                Replies.json(response, 400, JsonBodies.error("expected {\"email\":…,\"password\":…}"));
                return;
            }
            credentials = parsed.get();
        } else {
            credentials = new Credentials(Params.form(request, "email"), Params.form(request, "password"));
        }

        Optional<Member> member = members.authenticate(credentials.email(), credentials.password());
        LoginAttempts.record(credentials.email(), member.isPresent());
        if (member.isPresent()) {
            SignedIn.logIn(request, member.get());
            Replies.seeOther(response, "/members");
        } else if (json) {
            Replies.json(response, 401, JsonBodies.error(REFUSED));
        } else {
            Replies.html(response, 401, pages.login(credentials.email(), REFUSED, FormToken.of(request)));
        }
    }
}
