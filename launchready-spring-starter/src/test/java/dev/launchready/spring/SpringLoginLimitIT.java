package dev.launchready.spring;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.CookieManager;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;

/**
 * Spring Security's form login at a processing URL LaunchReady was not told about, whose failures redirect
 * to a page the limiter cannot read as a failure: Security's own matcher makes it a login, its events
 * count the failures, and the fourth try is a 429 that never reaches Security.
 */
@SpringBootTest(classes = SecuredApp.class, webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT,
        properties = {"launchready.health.drain-period=0s", "spring.security.user.name=member@example.com",
            "spring.security.user.password=right", "launchready.ratelimit.login.failures-per-account-and-ip=3/15m"})
class SpringLoginLimitIT {

    private static final Pattern CSRF = Pattern.compile("name=\"_csrf\" type=\"hidden\" value=\"([^\"]+)\"");

    @LocalServerPort
    int port;

    private final HttpClient client = HttpClient.newBuilder().cookieHandler(new CookieManager())
            .followRedirects(HttpClient.Redirect.NEVER).build();

    @Test
    void failuresCountedFromSecurityEventsEndIn429() throws Exception {
        for (int i = 0; i < 3; i++) {
            HttpResponse<String> r = login("wrong");
            assertThat(r.statusCode()).isEqualTo(302);
            assertThat(r.headers().firstValue("Location")).get().asString().endsWith("/signin-problem");
        }
        HttpResponse<String> rejected = login("right");
        assertThat(rejected.statusCode()).isEqualTo(429);
        assertThat(rejected.headers().firstValue("Retry-After")).isPresent();
    }

    private HttpResponse<String> login(String password) throws Exception {
        String page = client.send(HttpRequest.newBuilder(uri("/login")).build(), HttpResponse.BodyHandlers.ofString()).body();
        Matcher m = CSRF.matcher(page);
        assertThat(m.find()).as("csrf token on the login page").isTrue();
        String body = "username=member%40example.com&password=" + password + "&_csrf=" + m.group(1);
        return client.send(HttpRequest.newBuilder(uri("/auth/signin"))
                .header("Content-Type", "application/x-www-form-urlencoded")
                .POST(HttpRequest.BodyPublishers.ofString(body)).build(), HttpResponse.BodyHandlers.ofString());
    }

    private URI uri(String path) {
        return URI.create("http://127.0.0.1:" + port + path);
    }
}
