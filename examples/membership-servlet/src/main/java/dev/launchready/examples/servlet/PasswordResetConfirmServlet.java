package dev.launchready.examples.servlet;

import dev.launchready.examples.common.members.PasswordResets;
import dev.launchready.examples.common.members.Signups;
import dev.launchready.examples.common.web.Pages;
import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;

/** Where the reset link lands: choosing the new password. */
final class PasswordResetConfirmServlet extends HttpServlet {

    private final transient PasswordResets resets;
    private final transient Pages pages;

    PasswordResetConfirmServlet(PasswordResets resets, Pages pages) {
        this.resets = resets;
        this.pages = pages;
    }

    @Override
    protected void doGet(HttpServletRequest request, HttpServletResponse response) throws IOException {
        Replies.html(response, 200, pages.passwordResetConfirm(Params.form(request, "token"), null, FormToken.of(request)));
    }

    @Override
    protected void doPost(HttpServletRequest request, HttpServletResponse response) throws IOException {
        String token = Params.form(request, "token");
        switch (resets.complete(token, Params.form(request, "password"))) {
            case CHANGED -> Replies.seeOther(response, "/login");
            case WEAK_PASSWORD -> Replies.html(response, 400,
                    pages.passwordResetConfirm(token, Signups.PASSWORD_RULE, FormToken.of(request)));
            case BAD_TOKEN -> Replies.html(response, 400, pages.message("Link expired",
                    "This reset link has expired or was already used. Ask for a new one."));
        }
    }
}
