package dev.launchready.springlogs;

import static dev.launchready.springlogs.CarelessApp.EMAIL;
import static dev.launchready.springlogs.CarelessApp.PASSWORD;
import static dev.launchready.springlogs.CarelessApp.STRIPE;
import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.boot.web.server.context.WebServerApplicationContext;
import org.springframework.context.ConfigurableApplicationContext;

/**
 * A real Spring Boot app on a real port: Spring Boot (re)initialises Logback its own way, the
 * starter puts redaction back after it. Once with the app's own Logback file, once with Boot's
 * default console set to structured JSON.
 */
class SpringLogRedactionIT {

    private static final HttpClient CLIENT = HttpClient.newHttpClient();

    @Test
    void theAppsOwnLogbackFile() throws Exception {
        Path file = Files.createTempFile("careless", ".log");
        System.setProperty("CARELESS_LOG_FILE", file.toString());
        try (ConfigurableApplicationContext app = start("--logging.config=classpath:careless-logback.xml")) {
            assertThat(get(app, "/members/42?token=abc&email=" + EMAIL)).isEqualTo(200);
        } finally {
            System.clearProperty("CARELESS_LOG_FILE");
        }
        String log = Files.readString(file, StandardCharsets.UTF_8);
        assertThat(log).contains("charging [REDACTED:stripe-secret-key] for [EMAIL]")
                .contains("java.sql.SQLException: cannot reach jdbc:postgresql://db/app?user=app&password=[REDACTED")
                .contains("launchready.access GET /members/{id} 200 ")
                .contains("query=\"token=[REDACTED:token]&email=[EMAIL]\"")
                .doesNotContain(STRIPE).doesNotContain(EMAIL).doesNotContain(PASSWORD).doesNotContain("/members/42");
    }

    @Test
    void bootsDefaultConsoleAsStructuredJson() throws Exception {
        PrintStream original = System.out;
        ByteArrayOutputStream captured = new ByteArrayOutputStream();
        System.setOut(new PrintStream(captured, true, StandardCharsets.UTF_8));
        try (ConfigurableApplicationContext app = start("--logging.structured.format.console=logstash")) {
            assertThat(get(app, "/members/7")).isEqualTo(200);
        } finally {
            System.setOut(original);
        }
        String log = captured.toString(StandardCharsets.UTF_8);
        assertThat(log).contains("\"message\":\"charging [REDACTED:stripe-secret-key] for [EMAIL]\"")
                .contains("password=[REDACTED")
                .doesNotContain(STRIPE).doesNotContain(EMAIL).doesNotContain(PASSWORD);
    }

    private static ConfigurableApplicationContext start(String... args) {
        return new SpringApplicationBuilder(CarelessApp.class).run(concat(args, "--server.port=0",
                "--server.address=127.0.0.1", "--launchready.access-log.enabled=true",
                "--launchready.health.drain-period=0s"));
    }

    private static String[] concat(String[] a, String... b) {
        String[] all = new String[a.length + b.length];
        System.arraycopy(a, 0, all, 0, a.length);
        System.arraycopy(b, 0, all, a.length, b.length);
        return all;
    }

    private static int get(ConfigurableApplicationContext app, String path) throws Exception {
        int port = ((WebServerApplicationContext) app).getWebServer().getPort();
        return CLIENT.send(HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + port + path)).build(),
                HttpResponse.BodyHandlers.ofString()).statusCode();
    }
}
