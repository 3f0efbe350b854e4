package dev.launchready.ratelimit;

/** The forms LaunchReady limits, named as they appear in settings, metrics and logs. */
public enum FormKind {
    LOGIN("login"),
    PASSWORD_RESET("password-reset"),
    SIGNUP("signup"),
    INVITE("invite");

    private final String rule;

    FormKind(String rule) {
        this.rule = rule;
    }

    /** The rule name: {@code login}, {@code password-reset}, {@code signup}, {@code invite}. */
    public String rule() {
        return rule;
    }
}
