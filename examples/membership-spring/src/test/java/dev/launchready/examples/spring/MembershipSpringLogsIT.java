package dev.launchready.examples.spring;

import dev.launchready.examples.common.journey.CarelessLogs;
import dev.launchready.examples.common.journey.LaunchedJar;
import java.nio.file.Path;
import java.time.Duration;
import org.junit.jupiter.api.Test;

/**
 * The packaged Spring Boot app, run as users run it ({@code java -jar}), logs carelessly on purpose;
 * its real stdout holds none of the secrets. LaunchReady comes only from the starter.
 */
class MembershipSpringLogsIT {

    @Test
    void carelessLogLinesComeOutClean() throws Exception {
        try (LaunchedJar app = LaunchedJar.start(Path.of("target", "membership-spring.jar"), CarelessLogs.ENV,
                Duration.ofSeconds(120))) {
            CarelessLogs.provokeAndCheck(app);
        }
    }
}
