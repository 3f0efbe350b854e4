package dev.launchready.logging;

import dev.launchready.redact.Redactor;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.ServiceConfigurationError;
import java.util.ServiceLoader;

/**
 * How the servlet module and the Spring starter put log redaction in place without knowing which
 * logging framework the app runs: {@code launchready-logback} and {@code launchready-log4j2} each
 * register one through {@code META-INF/services}.
 */
public interface LogRedactionInstaller {

    /** The framework's name, for the startup line: {@code Logback}, {@code Log4j2}. */
    String backend();

    /**
     * Redacts every event of the framework with {@code redactor} from now on (again, after the
     * framework was re-initialised). Returns false when the app does not log through this framework.
     */
    boolean install(Redactor redactor);

    /**
     * Runs every installer found through {@code loader} and returns the frameworks now redacting. An
     * installer whose framework is missing from the class path is skipped.
     */
    static List<String> installAll(Redactor redactor, ClassLoader loader) {
        List<String> installed = new ArrayList<>();
        Iterator<LogRedactionInstaller> installers = ServiceLoader.load(LogRedactionInstaller.class, loader).iterator();
        while (true) {
            try {
                if (!installers.hasNext()) {
                    break;
                }
                LogRedactionInstaller installer = installers.next();
                if (installer.install(redactor)) {
                    installed.add(installer.backend());
                }
            } catch (ServiceConfigurationError | LinkageError e) {
                // The installer's framework is not on the class path: nothing of it to redact.
            }
        }
        return installed;
    }
}
