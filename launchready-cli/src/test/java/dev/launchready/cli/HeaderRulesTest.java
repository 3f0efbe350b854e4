package dev.launchready.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** HSTS, security headers, CORS, CDN detection and health bodies: decisions on a response, no network. */
class HeaderRulesTest {

    static HttpResponse response(String body, String... headers) {
        List<Map.Entry<String, String>> list = new ArrayList<>();
        for (int i = 0; i < headers.length; i += 2) {
            list.add(Map.entry(headers[i].toLowerCase(java.util.Locale.ROOT), headers[i + 1]));
        }
        return new HttpResponse(URI.create("https://x.test/"), 200, list, body.getBytes(StandardCharsets.UTF_8), 0, null);
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
        "max-age=63072000; includeSubDomains; preload | PASS",
        "max-age=31536000 | PASS",
        "max-age=15768000 | PASS",
        "max-age=3600 | WARN",
        "max-age=0 | FAIL",
        "max-age=abc | FAIL",
        "includeSubDomains | FAIL"})
    void hsts(String header, Severity expected) {
        assertThat(Hsts.judge("u", header).severity()).isEqualTo(expected);
    }

    @Test
    void hstsMissingFailsAndPreloadEligibilityIsReported() {
        assertThat(Hsts.judge("u", null).severity()).isEqualTo(Severity.FAIL);
        assertThat(Hsts.judge("u", "max-age=63072000; includeSubDomains; preload").seen()).contains("(preload-eligible)");
        assertThat(Hsts.judge("u", "max-age=63072000").seen()).contains("not preload-eligible");
    }

    @Test
    void securityHeadersAcceptCspInAMetaTagAndFrameAncestors() {
        HttpResponse meta = response("<html><head><meta http-equiv=\"Content-Security-Policy\" content=\"default-src 'self'\">",
                "X-Content-Type-Options", "nosniff", "X-Frame-Options", "DENY", "Referrer-Policy", "no-referrer");
        assertThat(SecurityHeaders.judge("u", meta).severity()).isEqualTo(Severity.PASS);
        HttpResponse ancestors = response("", "X-Content-Type-Options", "nosniff",
                "Content-Security-Policy", "frame-ancestors 'none'", "Referrer-Policy", "no-referrer");
        assertThat(SecurityHeaders.judge("u", ancestors).severity()).isEqualTo(Severity.PASS);
        Finding none = SecurityHeaders.judge("u", response("<html></html>"));
        assertThat(none.severity()).isEqualTo(Severity.WARN);
        assertThat(none.seen()).contains("nosniff", "X-Frame-Options", "Content-Security-Policy", "Referrer-Policy");
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
        "'' | '' | PASS",
        "https://launchready-probe.invalid | true | FAIL",
        "null | true | FAIL",
        "* | true | FAIL",
        "* | '' | PASS",
        "https://launchready-probe.invalid | '' | WARN",
        "https://app.x.test | true | PASS"})
    void cors(String allowOrigin, String credentials, Severity expected) {
        assertThat(Cors.judge("u", allowOrigin.isEmpty() ? null : allowOrigin, credentials.isEmpty() ? null : credentials)
                .severity()).isEqualTo(expected);
    }

    @Test
    void cdnFromTheHeadersItAdds() {
        assertThat(Cdn.detect(response("", "cf-ray", "8a1b-AMS", "server", "cloudflare"))).hasValueSatisfying(
                name -> assertThat(name).contains("Cloudflare"));
        assertThat(Cdn.detect(response("", "x-amz-cf-id", "abc"))).hasValueSatisfying(n -> assertThat(n).contains("CloudFront"));
        assertThat(Cdn.detect(response("", "x-served-by", "cache-ams21020-AMS"))).hasValueSatisfying(n -> assertThat(n).contains("Fastly"));
        assertThat(Cdn.detect(response("", "server", "nginx/1.22.1"))).isEmpty();
    }

    @Test
    void healthBodiesThatSayMoreThanTheStatusLeak() {
        assertThat(HealthBody.leaks("{\"status\":\"pass\"}")).isEmpty();
        assertThat(HealthBody.leaks("{\"status\":\"UP\"}")).isEmpty();
        assertThat(HealthBody.leaks("{\"status\":\"pass\",\"checks\":{\"db\":{\"status\":\"pass\"}}}")).isNotEmpty();
        assertThat(HealthBody.leaks("{\"status\":\"UP\",\"components\":{\"diskSpace\":{}}}")).isNotEmpty();
        assertThat(HealthBody.leaks("{\"status\":\"DOWN\",\"error\":\"jdbc:postgresql://db:5432/app\"}")).isNotEmpty();
    }
}
