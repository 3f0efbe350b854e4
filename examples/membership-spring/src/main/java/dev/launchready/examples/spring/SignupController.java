package dev.launchready.examples.spring;

import dev.launchready.examples.common.Membership;
import dev.launchready.examples.common.members.SignupOutcome;
import dev.launchready.examples.common.members.Signups;
import dev.launchready.examples.common.web.Pages;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.springframework.http.ResponseEntity;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.context.SecurityContext;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.core.userdetails.UserDetails;
import org.springframework.security.web.context.SecurityContextRepository;
import org.springframework.security.web.csrf.CsrfToken;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;

/** Joining: the form, then a new member who is logged in straight away. */
@Controller
class SignupController {

    private final Signups signups;
    private final Pages pages;
    private final SecurityContextRepository securityContextRepository;

    SignupController(Membership membership, SecurityContextRepository securityContextRepository) {
        this.signups = membership.signups();
        this.pages = membership.pages();
        this.securityContextRepository = securityContextRepository;
    }

    @GetMapping("/signup")
    ResponseEntity<String> form(CsrfToken csrf) {
        return Replies.html(200, pages.signup("", "", null, csrf.getToken()));
    }

    @PostMapping("/signup")
    ResponseEntity<String> signUp(@RequestParam(name = "name", defaultValue = "") String name,
            @RequestParam(name = "email", defaultValue = "") String email,
            @RequestParam(name = "password", defaultValue = "") String password,
            CsrfToken csrf, HttpServletRequest request, HttpServletResponse response) {
        SignupOutcome outcome = signups.signUp(name, email, password);
        if (outcome instanceof SignupOutcome.Created created) {
            logIn(MemberDetailsService.details(created.member()), request, response);
            return Replies.seeOther("/members");
        }
        SignupOutcome.Rejected rejected = (SignupOutcome.Rejected) outcome;
        return Replies.html(rejected.status(), pages.signup(name, email, rejected.problem(), csrf.getToken()));
    }

    /** What form login does after checking a password, which a new member has just chosen. */
    private void logIn(UserDetails member, HttpServletRequest request, HttpServletResponse response) {
        // A new session id at login, so an id planted before login (session fixation) is worthless after it.
        if (request.getSession(false) != null) {
            request.changeSessionId();
        }
        SecurityContext context = SecurityContextHolder.createEmptyContext();
        context.setAuthentication(UsernamePasswordAuthenticationToken.authenticated(member, null, member.getAuthorities()));
        SecurityContextHolder.setContext(context);
        securityContextRepository.saveContext(context, request, response);
    }
}
