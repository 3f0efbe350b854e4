package dev.launchready.examples.servlet;

import dev.launchready.examples.common.members.Member;
import dev.launchready.examples.common.members.MemberStore;
import dev.launchready.examples.common.web.JsonBodies;
import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.util.Optional;

/** Who am I, for scripts (personal API token) and for the browser (session). */
final class ApiMeServlet extends HttpServlet {

    private static final String BEARER = "Bearer ";

    private final transient MemberStore members;

    ApiMeServlet(MemberStore members) {
        this.members = members;
    }

    @Override
    protected void doGet(HttpServletRequest request, HttpServletResponse response) throws IOException {
        Optional<Member> member = byToken(request).or(() -> SignedIn.member(request, members));
        if (member.isEmpty()) {
            // An API answers 401, not a redirect to an HTML login page a script cannot use.
            response.setHeader("WWW-Authenticate", "Bearer");
            Replies.json(response, 401, JsonBodies.error("log in or send Authorization: Bearer <your API token>"));
            return;
        }
        Replies.json(response, 200, JsonBodies.me(member.get()));
    }

    private Optional<Member> byToken(HttpServletRequest request) {
        String authorization = request.getHeader("Authorization");
        if (authorization == null || !authorization.regionMatches(true, 0, BEARER, 0, BEARER.length())) {
            return Optional.empty();
        }
        return members.findByApiToken(authorization.substring(BEARER.length()).strip());
    }
}
