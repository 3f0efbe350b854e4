package dev.launchready.examples.common.members;

import java.util.regex.Pattern;

/** A deliberately loose check: the only real proof of an address is mail reaching it. */
final class EmailAddresses {

    private static final Pattern PLAUSIBLE = Pattern.compile("[^@\\s]+@[^@\\s]+\\.[^@\\s]+");
    private static final int MAX_LENGTH = 254;

    private EmailAddresses() {
    }

    static boolean plausible(String email) {
        return email != null && email.strip().length() <= MAX_LENGTH && PLAUSIBLE.matcher(email.strip()).matches();
    }
}
