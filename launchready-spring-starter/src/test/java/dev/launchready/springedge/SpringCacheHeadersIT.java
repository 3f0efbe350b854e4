package dev.launchready.springedge;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.Base64;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.boot.web.server.context.WebServerApplicationContext;
import org.springframework.context.ConfigurableApplicationContext;

/**
 * Spring Security writes no-store on everything by default; with the starter the cache policy decides
 * in both directions, however the app set Spring's header, and Spring Security's other headers are
 * written when the request starts, without a response wrapper of their own.
 */
class SpringCacheHeadersIT {

    private static final HttpClient CLIENT = HttpClient.newHttpClient();

    @Test
    void policyDecidesWhateverTheAppDidWithSpringsCacheHeader() throws Exception {
        try (ConfigurableApplicationContext context = new SpringApplicationBuilder(PagesApp.class).properties(Map.of(
                "server.port", "0", "server.address", "127.0.0.1", "launchready.health.drain-period", "0s",
                "spring.security.user.name", "mia", "spring.security.user.password", "pw")).run()) {
            int port = ((WebServerApplicationContext) context).getWebServer().getPort();
            for (String prefix : new String[] {"", "/spring-cache"}) {
                HttpResponse<String> anonymous = get(port, prefix + "/public", null);
                assertThat(anonymous.body()).isEqualTo("for everyone");
                assertThat(anonymous.headers().firstValue("Cache-Control")).as(prefix)
                        .hasValue("public, max-age=0, s-maxage=60, stale-while-revalidate=30");
                assertThat(anonymous.headers().firstValue("Pragma")).as(prefix).isEmpty();
                assertThat(anonymous.headers().firstValue("Expires")).as(prefix).isEmpty();
                assertThat(anonymous.headers().firstValue("X-Content-Type-Options")).hasValue("nosniff");

                for (String path : new String[] {"/public", "/private"}) {
                    HttpResponse<String> member = get(port, prefix + path, "mia:pw");
                    assertThat(member.statusCode()).isEqualTo(200);
                    assertThat(member.headers().firstValue("Cache-Control")).as(prefix + path)
                            .hasValue("private, no-store");
                    assertThat(member.headers().firstValue("X-Accel-Expires")).hasValue("0");
                    assertThat(member.headers().firstValue("Expires")).as(prefix + path).isEmpty();
                }
                HttpResponse<String> refused = get(port, prefix + "/private", null);
                assertThat(refused.statusCode()).isEqualTo(401);
                assertThat(refused.headers().firstValue("Cache-Control").orElse("")).contains("no-store");
                assertThat(refused.headers().firstValue("X-Frame-Options")).as(prefix).hasValue("DENY");

                // Spring Security writes its headers when the request starts: no wrapper of its own, the
                // same headers, and the app's own value still replaces Spring's.
                HttpResponse<String> layers = get(port, prefix + "/layers", null);
                assertThat(layers.body()).as(prefix).contains("dev.launchready.servlet.EdgeResponse")
                        .doesNotContain("HeaderWriter");
                assertThat(layers.headers().firstValue("X-Frame-Options")).as(prefix).hasValue("SAMEORIGIN");
                assertThat(layers.headers().allValues("X-Frame-Options")).as(prefix).hasSize(1);
                assertThat(layers.headers().firstValue("X-XSS-Protection")).as(prefix).hasValue("0");
                assertThat(layers.headers().firstValue("X-Content-Type-Options")).as(prefix).hasValue("nosniff");
                assertThat(layers.headers().firstValue("Cache-Control")).as(prefix)
                        .hasValue("public, max-age=0, s-maxage=60, stale-while-revalidate=30");
            }
            // The app's own cache choice stands alone, whether Spring's cache writer is off, on, or at commit.
            for (String path : new String[] {"/own", "/spring-cache/own", "/at-commit/own"}) {
                HttpResponse<String> own = get(port, path, null);
                assertThat(own.headers().allValues("Cache-Control")).as(path).containsExactly("public, max-age=600");
                assertThat(own.headers().firstValue("Pragma")).as(path).isEmpty();
                assertThat(own.headers().firstValue("Expires")).as(path).isEmpty();
            }
            HttpResponse<String> missing = get(port, "/nothing-here", "mia:pw");
            assertThat(missing.statusCode()).isEqualTo(404);
            assertThat(missing.headers().firstValue("Cache-Control").orElse("")).contains("no-store");
            assertThat(missing.headers().allValues("X-Frame-Options")).containsExactly("DENY");
            assertThat(missing.headers().allValues("X-Content-Type-Options")).containsExactly("nosniff");

            // A chain's own post-processor runs after the starter's: headers at commit again, same answers.
            HttpResponse<String> atCommit = get(port, "/at-commit/layers", null);
            assertThat(atCommit.body()).contains("HeaderWriterFilter$HeaderWriterResponse", "EdgeResponse");
            // ...where Spring's frame-options writer overwrites the app's own value, as it does without the starter.
            assertThat(atCommit.headers().allValues("X-Frame-Options")).containsExactly("DENY");
            assertThat(atCommit.headers().firstValue("X-XSS-Protection")).hasValue("0");
            assertThat(get(port, "/at-commit/public", null).headers().firstValue("Cache-Control"))
                    .hasValue("public, max-age=0, s-maxage=60, stale-while-revalidate=30");
            assertThat(get(port, "/at-commit/private", "mia:pw").headers().firstValue("Cache-Control"))
                    .hasValue("private, no-store");
        }
    }

    private static HttpResponse<String> get(int port, String path, String basic) throws Exception {
        HttpRequest.Builder b = HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + port + path));
        if (basic != null) {
            b.header("Authorization", "Basic " + Base64.getEncoder().encodeToString(basic.getBytes(StandardCharsets.UTF_8)));
        }
        return CLIENT.send(b.build(), HttpResponse.BodyHandlers.ofString());
    }
}
