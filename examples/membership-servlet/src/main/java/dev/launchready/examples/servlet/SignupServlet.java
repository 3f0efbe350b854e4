package dev.launchready.examples.servlet;

import dev.launchready.examples.common.members.SignupOutcome;
import dev.launchready.examples.common.members.Signups;
import dev.launchready.examples.common.web.Pages;
import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;

/** Joining: the form, then a new member who is logged in straight away. */
final class SignupServlet extends HttpServlet {

    private final transient Signups signups;
    private final transient Pages pages;

    SignupServlet(Signups signups, Pages pages) {
        this.signups = signups;
        this.pages = pages;
    }

    @Override
    protected void doGet(HttpServletRequest request, HttpServletResponse response) throws IOException {
        Replies.html(response, 200, pages.signup("", "", null, FormToken.of(request)));
    }

    @Override
    protected void doPost(HttpServletRequest request, HttpServletResponse response) throws IOException {
        String name = Params.form(request, "name");
        String email = Params.form(request, "email");
        SignupOutcome outcome = signups.signUp(name, email, Params.form(request, "password"));
        if (outcome instanceof SignupOutcome.Created created) {
            SignedIn.logIn(request, created.member());
            Replies.seeOther(response, "/members");
        } else if (outcome instanceof SignupOutcome.Rejected rejected) {
            Replies.html(response, rejected.status(), pages.signup(name, email, rejected.problem(), FormToken.of(request)));
        }
    }
}
