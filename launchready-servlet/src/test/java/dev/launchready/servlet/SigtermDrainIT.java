package dev.launchready.servlet;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.io.BufferedReader;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Duration;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;

/** SIGTERM to a real JVM: /readyz turns 503 while the app still serves, then the process exits. */
class SigtermDrainIT {

    @Test
    void sigtermStartsTheDrainBeforeJettyStops() throws Exception {
        String java = Path.of(System.getProperty("java.home"), "bin", "java").toString();
        Process process = new ProcessBuilder(java, "-cp", System.getProperty("java.class.path"),
                SigtermApp.class.getName(), "3s").redirectErrorStream(true).start();
        try {
            BufferedReader out = new BufferedReader(new InputStreamReader(process.getInputStream(), StandardCharsets.UTF_8));
            String line;
            int port = -1;
            while ((line = out.readLine()) != null) {
                if (line.startsWith("PORT ")) {
                    port = Integer.parseInt(line.substring(5).trim());
                    break;
                }
            }
            assertThat(port).as("the child printed its port").isPositive();
            Thread drainOutput = new Thread(() -> {
                try {
                    out.lines().forEach(l -> { });
                } catch (UncheckedIOException childGone) {
                    // SIGTERM closes the child's output: nothing left to drain.
                }
            });
            drainOutput.setDaemon(true);
            drainOutput.start();
            URI base = URI.create("http://127.0.0.1:" + port);
            await().atMost(Duration.ofSeconds(15)).pollInterval(Duration.ofMillis(20))
                    .until(() -> Http.get(base.resolve("/readyz")).statusCode() == 200);

            long sent = System.nanoTime();
            process.destroy(); // SIGTERM
            await().atMost(Duration.ofSeconds(5)).pollInterval(Duration.ofMillis(20))
                    .until(() -> Http.get(base.resolve("/readyz")).statusCode() == 503);
            assertThat(Http.get(base.resolve("/livez")).statusCode()).isEqualTo(200);
            assertThat(Http.get(base.resolve("/")).body()).isEqualTo("app");

            assertThat(process.waitFor(30, TimeUnit.SECONDS)).as("exited after the drain").isTrue();
            long ms = (System.nanoTime() - sent) / 1_000_000;
            assertThat(ms).as("ms from SIGTERM to exit").isGreaterThanOrEqualTo(3_000);
        } finally {
            process.destroyForcibly();
        }
    }
}
