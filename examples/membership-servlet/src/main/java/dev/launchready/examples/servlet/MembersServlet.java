package dev.launchready.examples.servlet;

import dev.launchready.examples.common.web.Pages;
import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;

/** The members' feed. */
final class MembersServlet extends HttpServlet {

    private final transient Pages pages;

    MembersServlet(Pages pages) {
        this.pages = pages;
    }

    @Override
    protected void doGet(HttpServletRequest request, HttpServletResponse response) throws IOException {
        Replies.html(response, 200, pages.members(SignedIn.current(request), null, null, FormToken.of(request)));
    }
}
