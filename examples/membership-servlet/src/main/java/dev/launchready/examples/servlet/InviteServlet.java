package dev.launchready.examples.servlet;

import dev.launchready.examples.common.members.Invites;
import dev.launchready.examples.common.members.Member;
import dev.launchready.examples.common.web.Pages;
import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;

/** A member inviting a friend by email. */
final class InviteServlet extends HttpServlet {

    private final transient Invites invites;
    private final transient Pages pages;

    InviteServlet(Invites invites, Pages pages) {
        this.invites = invites;
        this.pages = pages;
    }

    @Override
    protected void doPost(HttpServletRequest request, HttpServletResponse response) throws IOException {
        Member member = SignedIn.current(request);
        String email = Params.form(request, "email");
        if (invites.send(member, email)) {
            Replies.seeOther(response, "/members");
        } else {
            Replies.html(response, 400, pages.members(member, null, "Please enter a valid email address to invite.",
                    FormToken.of(request)));
        }
    }
}
