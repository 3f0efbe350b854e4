package dev.launchready.examples.common.members;

/** Turns a signup form into a member, or into the reason it cannot be one. */
public final class Signups {

    public static final int MIN_PASSWORD_LENGTH = 10;
    // PBKDF2 hashes whatever it is given; a cap keeps a megabyte "password" from being one.
    static final int MAX_PASSWORD_LENGTH = 200;
    static final int MAX_NAME_LENGTH = 100;
    public static final String PASSWORD_RULE =
            "Passwords need " + MIN_PASSWORD_LENGTH + " to " + MAX_PASSWORD_LENGTH + " characters.";

    private final MemberStore store;

    public Signups(MemberStore store) {
        this.store = store;
    }

    public SignupOutcome signUp(String name, String email, String password) {
        if (name == null || name.isBlank() || name.strip().length() > MAX_NAME_LENGTH) {
            return new SignupOutcome.Rejected(400, "Please tell us your name (up to " + MAX_NAME_LENGTH + " characters).");
        }
        if (!EmailAddresses.plausible(email)) {
            return new SignupOutcome.Rejected(400, "Please enter a valid email address.");
        }
        if (!acceptablePassword(password)) {
            return new SignupOutcome.Rejected(400, PASSWORD_RULE);
        }
        return store.add(name, email, password, "")
                .<SignupOutcome>map(SignupOutcome.Created::new)
                .orElseGet(() -> new SignupOutcome.Rejected(409, "An account with that email already exists. Try logging in."));
    }

    static boolean acceptablePassword(String password) {
        return password != null && password.length() >= MIN_PASSWORD_LENGTH && password.length() <= MAX_PASSWORD_LENGTH;
    }
}
