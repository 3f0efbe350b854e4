package dev.launchready.examples.servlet;

import dev.launchready.examples.common.members.PasswordResets;
import dev.launchready.examples.common.web.Pages;
import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;

/** Asking for a reset link; the answer is the same whether or not the account exists. */
final class PasswordResetServlet extends HttpServlet {

    private final transient PasswordResets resets;
    private final transient Pages pages;

    PasswordResetServlet(PasswordResets resets, Pages pages) {
        this.resets = resets;
        this.pages = pages;
    }

    @Override
    protected void doGet(HttpServletRequest request, HttpServletResponse response) throws IOException {
        Replies.html(response, 200, pages.passwordReset(FormToken.of(request)));
    }

    @Override
    protected void doPost(HttpServletRequest request, HttpServletResponse response) throws IOException {
        resets.request(Params.form(request, "email"), Params.baseUrl(request));
        Replies.html(response, 200, pages.passwordResetSent());
    }
}
