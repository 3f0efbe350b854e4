package dev.launchready.log4j2;

import dev.launchready.logging.LogRedactionInstaller;
import dev.launchready.redact.Redactor;

/** Lets the servlet module and the starter install Log4j2 redaction with the app's settings. */
public final class Log4jInstaller implements LogRedactionInstaller {

    /** Called by the service loader. */
    public Log4jInstaller() {
    }

    @Override
    public String backend() {
        return "Log4j2";
    }

    @Override
    public boolean install(Redactor redactor) {
        try {
            // Log4j2's API alone (routed to SLF4J, or no backend) is not ours to touch: asking it for a context would warn.
            Class.forName("org.apache.logging.log4j.core.LoggerContext", false, Log4jInstaller.class.getClassLoader());
        } catch (ClassNotFoundException e) {
            return false;
        }
        return Log4jRedaction.install(redactor);
    }
}
