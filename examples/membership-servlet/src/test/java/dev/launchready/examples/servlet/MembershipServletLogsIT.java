package dev.launchready.examples.servlet;

import dev.launchready.examples.common.journey.CarelessLogs;
import dev.launchready.examples.common.journey.LaunchedJar;
import java.nio.file.Path;
import java.time.Duration;
import org.junit.jupiter.api.Test;

/**
 * The packaged app, run as users run it ({@code java -jar}), logs carelessly on purpose; its real
 * stdout holds none of the secrets. Nothing in the app names LaunchReady: the jars on its class path do it.
 */
class MembershipServletLogsIT {

    @Test
    void carelessLogLinesComeOutClean() throws Exception {
        try (LaunchedJar app = LaunchedJar.start(Path.of("target", "membership-servlet.jar"), CarelessLogs.ENV,
                Duration.ofSeconds(60))) {
            CarelessLogs.provokeAndCheck(app);
        }
    }
}
