package dev.launchready.spring;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import org.junit.jupiter.api.Test;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;

/** The starter in a real Spring Boot app on a real port, behind Spring Security, beside Actuator. */
@SpringBootTest(classes = SecuredApp.class, webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT,
        properties = {"launchready.health.drain-period=0s", "management.endpoints.web.exposure.include=health"})
class SpringBootAppIT {

    private static final HttpClient CLIENT = HttpClient.newBuilder().followRedirects(HttpClient.Redirect.NEVER).build();

    @LocalServerPort
    int port;

    @Test
    void probesPassSecurityWithoutASessionWhileTheAppStaysProtected() throws Exception {
        for (String path : new String[] {"/healthz", "/readyz", "/livez"}) {
            HttpResponse<String> r = get(path, "X-Forwarded-For", "203.0.113.7");
            assertThat(r.statusCode()).as(path).isEqualTo(200);
            assertThat(r.body()).as(path).isEqualTo("{\"status\":\"pass\"}");
            assertThat(r.headers().firstValue("Cache-Control")).as(path).contains("no-store");
            assertThat(r.headers().firstValue("Set-Cookie")).as(path).isEmpty();
        }
        assertThat(get("/private").statusCode()).as("security still guards the app").isIn(302, 401, 403);
    }

    @Test
    void actuatorKeepsWorking() throws Exception {
        HttpResponse<String> r = get("/actuator/health");
        assertThat(r.statusCode()).isEqualTo(200);
        assertThat(r.body()).contains("\"status\":\"UP\"");
    }

    @Test
    void loopbackSeesDetails() throws Exception {
        assertThat(get("/healthz").body()).contains("\"checks\"", "\"disk\"");
    }

    @Test
    void springRequestsCarryNoWrapperOfOursYetAsyncAnswersKeepTheirId() throws Exception {
        HttpResponse<String> chain = get("/request-chain");
        assertThat(chain.statusCode()).isEqualTo(200);
        assertThat(chain.body()).as("Spring MVC never starts work through AsyncContext.start")
                .doesNotContain("dev.launchready.servlet.TracedRequest").contains("RequestFacade");
        HttpResponse<String> async = get("/async-answer");
        assertThat(async.statusCode()).isEqualTo(200);
        assertThat(async.body()).isEqualTo("answered later");
        assertThat(async.headers().firstValue("X-Request-Id")).hasValueSatisfying(id -> assertThat(id).hasSize(20));
    }

    private HttpResponse<String> get(String path, String... headers) throws Exception {
        HttpRequest.Builder b = HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + port + path));
        if (headers.length > 0) {
            b.headers(headers);
        }
        return CLIENT.send(b.build(), HttpResponse.BodyHandlers.ofString());
    }
}
