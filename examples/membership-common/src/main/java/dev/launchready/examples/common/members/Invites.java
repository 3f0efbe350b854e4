package dev.launchready.examples.common.members;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/** Members inviting friends; "sending" means logging, as the demo has no mail server. */
public final class Invites {

    private static final Logger log = LoggerFactory.getLogger(Invites.class);

    /** False when the address is not plausible, so the app can ask again. */
    public boolean send(Member from, String email) {
        if (!EmailAddresses.plausible(email)) {
            return false;
        }
        log.info("invite from {} sent to {}", from.email(), email.strip());
        return true;
    }
}
