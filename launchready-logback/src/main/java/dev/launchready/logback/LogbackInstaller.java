package dev.launchready.logback;

import dev.launchready.logging.LogRedactionInstaller;
import dev.launchready.redact.Redactor;

/** Lets the servlet module and the starter install Logback redaction with the app's settings. */
public final class LogbackInstaller implements LogRedactionInstaller {

    /** Called by the service loader. */
    public LogbackInstaller() {
    }

    @Override
    public String backend() {
        return "Logback";
    }

    @Override
    public boolean install(Redactor redactor) {
        return LogRedaction.install(redactor);
    }
}
