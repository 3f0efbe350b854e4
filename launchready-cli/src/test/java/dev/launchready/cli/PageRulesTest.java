package dev.launchready.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;

/** Mixed content and the exposure signatures, including the single-page-app fallback that is not a leak. */
class PageRulesTest {

    @Test
    void mixedContentIsWhatThePageLoadsNotWhatItLinksTo() {
        String html = """
                <html><head>
                <link rel="stylesheet" href="http://cdn.x.test/site.css">
                <link rel="canonical" href="http://x.test/">
                <script src='http://js.x.test/a.js'></script>
                <!-- <img src="http://commented.out/a.png"> -->
                </head><body>
                <a href="http://elsewhere.test/">a plain link is fine</a>
                <img src=http://img.x.test/p.png alt="">
                <img srcset="https://ok.test/a.png 1x, http://img.x.test/b.png 2x">
                <form action="http://x.test/login" method="post"></form>
                <img src="https://ok.test/c.png"><script src="/local.js"></script>
                </body></html>""";
        assertThat(MixedContent.find(html)).containsExactly("http://cdn.x.test/site.css", "http://js.x.test/a.js",
                "http://img.x.test/p.png", "http://img.x.test/b.png", "http://x.test/login");
        assertThat(MixedContent.find("<html><body><p>http://x.test in text</p></body></html>")).isEmpty();
    }

    private static Exposures.Probe probe(String path) {
        return Exposures.PROBES.stream().filter(p -> p.path().equals(path)).findFirst().orElseThrow();
    }

    private static byte[] bytes(String text) {
        return text.getBytes(StandardCharsets.UTF_8);
    }

    @Test
    void envFileCountsOnlyWhenItLooksLikeOne() {
        Exposures.Probe env = probe("/.env");
        assertThat(Exposures.exposed(env, 200, bytes("APP_KEY=base64:abc\n# db\nDB_PASSWORD=x\n"), null)).isTrue();
        assertThat(Exposures.exposed(env, 200, bytes("export AWS_REGION=eu-west-1\n"), null)).isTrue();
        assertThat(Exposures.exposed(env, 200, bytes("<!doctype html><html>app</html>"), null)).isFalse();
        assertThat(Exposures.exposed(env, 200, bytes("{\"error\":\"not found\"}"), null)).isFalse();
        assertThat(Exposures.exposed(env, 404, bytes("APP_KEY=x"), null)).isFalse();
        assertThat(Exposures.exposed(env, 200, bytes("Not found. Try a=b elsewhere.\nline two\nline three"), null)).isFalse();
    }

    @Test
    void aSinglePageAppFallbackIsNotAnExposure() {
        byte[] index = bytes("KEY=value but this is what every path answers");
        assertThat(Exposures.exposed(probe("/.env"), 200, index, index)).isFalse();
    }

    @Test
    void gitActuatorAndStatusSignatures() {
        assertThat(Exposures.exposed(probe("/.git/config"), 200, bytes("[core]\n\trepositoryformatversion = 0\n"), null)).isTrue();
        assertThat(Exposures.exposed(probe("/.git/config"), 200, bytes("<html>[core]</html>"), null)).isFalse();
        assertThat(Exposures.exposed(probe("/.git/HEAD"), 200, bytes("ref: refs/heads/main\n"), null)).isTrue();
        assertThat(Exposures.exposed(probe("/actuator/env"), 200, bytes("{\"activeProfiles\":[],\"propertySources\":[]}"), null)).isTrue();
        assertThat(Exposures.exposed(probe("/actuator/heapdump"), 200, bytes("JAVA PROFILE 1.0.2\0..."), null)).isTrue();
        assertThat(Exposures.exposed(probe("/server-status"), 200, bytes("Active connections: 3 \nserver accepts handled requests"), null)).isTrue();
        assertThat(Exposures.exposed(probe("/server-status"), 200, bytes("<html>Welcome</html>"), null)).isFalse();
    }
}
