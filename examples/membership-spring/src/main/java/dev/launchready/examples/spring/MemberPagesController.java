package dev.launchready.examples.spring;

import dev.launchready.examples.common.Membership;
import dev.launchready.examples.common.members.Invites;
import dev.launchready.examples.common.members.Member;
import dev.launchready.examples.common.members.MemberStore;
import dev.launchready.examples.common.web.JsonBodies;
import dev.launchready.examples.common.web.Pages;
import org.springframework.http.ResponseEntity;
import org.springframework.security.core.Authentication;
import org.springframework.security.web.csrf.CsrfToken;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;

/** What only members see; Spring Security has already turned everyone else away. */
@Controller
class MemberPagesController {

    private final MemberStore members;
    private final Invites invites;
    private final Pages pages;

    MemberPagesController(Membership membership) {
        this.members = membership.members();
        this.invites = membership.invites();
        this.pages = membership.pages();
    }

    @GetMapping("/members")
    ResponseEntity<String> feed(Authentication authentication, CsrfToken csrf) {
        return Replies.html(200, pages.members(member(authentication), null, null, csrf.getToken()));
    }

    @GetMapping("/account")
    ResponseEntity<String> account(Authentication authentication, CsrfToken csrf) {
        return Replies.html(200, pages.account(member(authentication), csrf.getToken()));
    }

    @PostMapping("/invite")
    ResponseEntity<String> invite(Authentication authentication, @RequestParam(name = "email", defaultValue = "") String email,
            CsrfToken csrf) {
        Member member = member(authentication);
        if (invites.send(member, email)) {
            return Replies.seeOther("/members");
        }
        return Replies.html(400, pages.members(member, null, "Please enter a valid email address to invite.",
                csrf.getToken()));
    }

    @GetMapping("/api/me")
    ResponseEntity<String> me(Authentication authentication) {
        return Replies.json(200, JsonBodies.me(member(authentication)));
    }

    /** The username Spring Security holds is the member's email. */
    private Member member(Authentication authentication) {
        return members.findByEmail(authentication.getName())
                .orElseThrow(() -> new IllegalStateException("logged-in member no longer exists"));
    }
}
