package dev.launchready.ratelimit;

/** The kinds of form LaunchReady limits; each kind decides which limits apply and how they count. */
public enum FormKind {
    LOGIN("login"),
    PASSWORD_RESET("password-reset"),
    SIGNUP("signup"),
    INVITE("invite"),
    /** A rule the app added in {@code launchready.ratelimit.rules}; its name is the rule's own. */
    OTHER("other");

    private final String rule;

    FormKind(String rule) {
        this.rule = rule;
    }

    /** The rule name: {@code login}, {@code password-reset}, {@code signup}, {@code invite}. */
    public String rule() {
        return rule;
    }
}
