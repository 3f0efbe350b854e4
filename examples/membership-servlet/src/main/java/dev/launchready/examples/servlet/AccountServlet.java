package dev.launchready.examples.servlet;

import dev.launchready.examples.common.web.Pages;
import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;

/** The member's own details, card and API token. */
final class AccountServlet extends HttpServlet {

    private final transient Pages pages;

    AccountServlet(Pages pages) {
        this.pages = pages;
    }

    @Override
    protected void doGet(HttpServletRequest request, HttpServletResponse response) throws IOException {
        Replies.html(response, 200, pages.account(SignedIn.current(request), FormToken.of(request)));
    }
}
