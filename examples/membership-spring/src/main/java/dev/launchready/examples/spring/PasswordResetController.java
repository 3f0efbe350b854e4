package dev.launchready.examples.spring;

import dev.launchready.examples.common.Membership;
import dev.launchready.examples.common.members.PasswordResets;
import dev.launchready.examples.common.members.Signups;
import dev.launchready.examples.common.web.Pages;
import jakarta.servlet.http.HttpServletRequest;
import org.springframework.http.ResponseEntity;
import org.springframework.security.web.csrf.CsrfToken;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;

/** Asking for a reset link, and the page that link lands on. */
@Controller
class PasswordResetController {

    private final PasswordResets resets;
    private final Pages pages;

    PasswordResetController(Membership membership) {
        this.resets = membership.passwordResets();
        this.pages = membership.pages();
    }

    @GetMapping("/password-reset")
    ResponseEntity<String> form(CsrfToken csrf) {
        return Replies.html(200, pages.passwordReset(csrf.getToken()));
    }

    /** The same page whether or not the account exists. */
    @PostMapping("/password-reset")
    ResponseEntity<String> request(@RequestParam(name = "email", defaultValue = "") String email,
            HttpServletRequest request) {
        resets.request(email, Requests.baseUrl(request));
        return Replies.html(200, pages.passwordResetSent());
    }

    @GetMapping(PasswordResets.CONFIRM_PATH)
    ResponseEntity<String> confirmForm(@RequestParam(name = "token", defaultValue = "") String token, CsrfToken csrf) {
        return Replies.html(200, pages.passwordResetConfirm(token, null, csrf.getToken()));
    }

    @PostMapping(PasswordResets.CONFIRM_PATH)
    ResponseEntity<String> confirm(@RequestParam(name = "token", defaultValue = "") String token,
            @RequestParam(name = "password", defaultValue = "") String password, CsrfToken csrf) {
        return switch (resets.complete(token, password)) {
            case CHANGED -> Replies.seeOther(SecurityConfig.LOGIN_PATH);
            case WEAK_PASSWORD -> Replies.html(400, pages.passwordResetConfirm(token, Signups.PASSWORD_RULE, csrf.getToken()));
            case BAD_TOKEN -> Replies.html(400, pages.message("Link expired",
                    "This reset link has expired or was already used. Ask for a new one."));
        };
    }
}
