package dev.launchready.examples.servlet;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpSession;
import java.security.SecureRandom;
import java.util.Base64;

/**
 * The {@code _csrf} value the pages put in their forms, one per session.
 *
 * <p>Rendered so both apps serve identical forms, but this app never checks it: the hurried founder's gap,
 * left visible on purpose.
 */
final class FormToken {

    private static final String ATTRIBUTE = FormToken.class.getName();
    private static final SecureRandom RANDOM = new SecureRandom();

    private FormToken() {
    }

    static String of(HttpServletRequest request) {
        HttpSession session = request.getSession(true);
        if (session.getAttribute(ATTRIBUTE) instanceof String token) {
            return token;
        }
        byte[] bytes = new byte[32];
        RANDOM.nextBytes(bytes);
        String token = Base64.getUrlEncoder().withoutPadding().encodeToString(bytes);
        session.setAttribute(ATTRIBUTE, token);
        return token;
    }
}
