package dev.launchready.examples.servlet;

import dev.launchready.examples.common.members.Member;
import dev.launchready.examples.common.members.MemberStore;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpSession;
import java.util.Optional;

/** Who is logged in, kept in the servlet session by email. */
final class SignedIn {

    private static final String ATTRIBUTE = SignedIn.class.getName() + ".email";
    /** Set by {@link MembersOnlyFilter} so pages need not look the member up again. */
    static final String MEMBER_ATTRIBUTE = SignedIn.class.getName() + ".member";

    private SignedIn() {
    }

    static Optional<Member> member(HttpServletRequest request, MemberStore members) {
        HttpSession session = request.getSession(false);
        if (session == null || !(session.getAttribute(ATTRIBUTE) instanceof String email)) {
            return Optional.empty();
        }
        return members.findByEmail(email);
    }

    /** The member {@link MembersOnlyFilter} let through. */
    static Member current(HttpServletRequest request) {
        return (Member) request.getAttribute(MEMBER_ATTRIBUTE);
    }

    static void logIn(HttpServletRequest request, Member member) {
        // A new session id at login, so an id planted before login (session fixation) is worthless after it.
        if (request.getSession(false) != null) {
            request.changeSessionId();
        }
        request.getSession(true).setAttribute(ATTRIBUTE, member.email());
    }

    static void logOut(HttpServletRequest request) {
        HttpSession session = request.getSession(false);
        if (session != null) {
            session.invalidate();
        }
    }
}
