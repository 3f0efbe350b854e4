package dev.launchready.examples.servlet;

import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

/** Logging out: POST only, so a link or an image on another site cannot log anyone out. */
final class LogoutServlet extends HttpServlet {

    @Override
    protected void doPost(HttpServletRequest request, HttpServletResponse response) {
        SignedIn.logOut(request);
        Replies.seeOther(response, "/");
    }
}
