package dev.launchready.examples.servlet;

import dev.launchready.examples.common.members.Member;
import dev.launchready.examples.common.members.MemberStore;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpFilter;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.util.Optional;

/** Sends visitors who are not logged in to the login page. */
final class MembersOnlyFilter extends HttpFilter {

    private final transient MemberStore members;

    MembersOnlyFilter(MemberStore members) {
        this.members = members;
    }

    @Override
    protected void doFilter(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws IOException, ServletException {
        Optional<Member> member = SignedIn.member(request, members);
        if (member.isEmpty()) {
            Replies.seeOther(response, "/login");
            return;
        }
        request.setAttribute(SignedIn.MEMBER_ATTRIBUTE, member.get());
        chain.doFilter(request, response);
    }
}
