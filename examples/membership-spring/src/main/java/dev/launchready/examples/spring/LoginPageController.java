package dev.launchready.examples.spring;

import dev.launchready.examples.common.Membership;
import dev.launchready.examples.common.web.Pages;
import org.springframework.http.ResponseEntity;
import org.springframework.security.web.csrf.CsrfToken;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.GetMapping;

/** The login form; Spring Security's form login handles what is posted to the same path. */
@Controller
class LoginPageController {

    private final Pages pages;

    LoginPageController(Membership membership) {
        this.pages = membership.pages();
    }

    @GetMapping(SecurityConfig.LOGIN_PATH)
    ResponseEntity<String> loginForm(CsrfToken csrf) {
        return Replies.html(200, pages.login("", null, csrf.getToken()));
    }
}
