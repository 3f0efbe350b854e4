package dev.launchready.examples.servlet;

import java.util.Map;

/**
 * Starts the example app with LaunchReady settings as system properties (its highest-priority source),
 * read once at startup, then removed again so other tests in this JVM never see them.
 */
final class AppWithSettings {

    private AppWithSettings() {
    }

    static synchronized RunningApp start(Map<String, String> settings) throws Exception {
        settings.forEach(System::setProperty);
        try {
            return MembershipServletApp.start(Map.of("PORT", "0"));
        } finally {
            settings.keySet().forEach(System::clearProperty);
        }
    }
}
