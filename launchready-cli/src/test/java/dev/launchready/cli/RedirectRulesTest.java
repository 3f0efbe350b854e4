package dev.launchready.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URI;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;

class RedirectRulesTest {

    private static RedirectChain chain(RedirectChain.End end, Object... urlsAndStatuses) {
        List<RedirectChain.Hop> hops = new ArrayList<>();
        for (int i = 0; i < urlsAndStatuses.length; i += 2) {
            hops.add(new RedirectChain.Hop(URI.create((String) urlsAndStatuses[i]), (Integer) urlsAndStatuses[i + 1]));
        }
        return new RedirectChain(hops.get(0).uri(), hops, end, null);
    }

    private static Map<String, Severity> judge(RedirectChain... chains) {
        return RedirectRules.judge("x.test", List.of(chains)).stream()
                .collect(Collectors.toMap(Finding::id, Finding::severity));
    }

    private static final RedirectChain HTTPS_APEX = chain(RedirectChain.End.FINAL, "https://x.test/", 200);
    private static final RedirectChain HTTPS_WWW = chain(RedirectChain.End.FINAL, "https://www.x.test/", 301, "https://x.test/", 200);
    private static final RedirectChain HTTP_APEX = chain(RedirectChain.End.FINAL, "http://x.test/", 301, "https://x.test/", 200);
    private static final RedirectChain HTTP_WWW = chain(RedirectChain.End.FINAL, "http://www.x.test/", 301, "https://x.test/", 200);

    @Test
    void fourStartsEndingAtOneHttpsUrlPass() {
        assertThat(judge(HTTP_APEX, HTTP_WWW, HTTPS_APEX, HTTPS_WWW)).containsOnly(
                Map.entry("redirect.loop", Severity.PASS), Map.entry("redirect.https", Severity.PASS),
                Map.entry("redirect.chain", Severity.PASS), Map.entry("redirect.canonical", Severity.PASS));
    }

    @Test
    void aLoopIsReportedWithItsChain() {
        RedirectChain loop = chain(RedirectChain.End.LOOP, "https://www.x.test/", 301, "http://www.x.test/", 301);
        List<Finding> findings = RedirectRules.judge("x.test", List.of(HTTP_APEX, HTTP_WWW, HTTPS_APEX, loop));
        Finding finding = findings.stream().filter(f -> f.id().equals("redirect.loop")).findFirst().orElseThrow();
        assertThat(finding.severity()).isEqualTo(Severity.FAIL);
        assertThat(finding.seen()).isEqualTo("https://www.x.test/ [301] -> http://www.x.test/ [301] -> (loop)");
    }

    @Test
    void threeHopsWarn() {
        RedirectChain long_ = chain(RedirectChain.End.FINAL, "http://www.x.test/", 301, "https://www.x.test/", 301,
                "https://x.test/login", 302, "https://x.test/", 200);
        assertThat(judge(HTTP_APEX, long_, HTTPS_APEX, HTTPS_WWW)).containsEntry("redirect.chain", Severity.WARN);
    }

    @Test
    void wwwServingItselfIsTwoCanonicalUrls() {
        RedirectChain www = chain(RedirectChain.End.FINAL, "https://www.x.test/", 200);
        assertThat(judge(HTTP_APEX, HTTP_WWW, HTTPS_APEX, www)).containsEntry("redirect.canonical", Severity.FAIL);
    }

    @Test
    void plainHttpAnsweringOrNotAnsweringFailsHttps() {
        RedirectChain plain = chain(RedirectChain.End.FINAL, "http://x.test/", 200);
        assertThat(judge(plain, HTTP_WWW, HTTPS_APEX, HTTPS_WWW)).containsEntry("redirect.https", Severity.FAIL)
                .containsEntry("redirect.canonical", Severity.PASS);
        RedirectChain refused = new RedirectChain(URI.create("http://x.test/"), List.of(), RedirectChain.End.ERROR, "refused");
        assertThat(judge(refused, HTTP_WWW, HTTPS_APEX, HTTPS_WWW)).containsEntry("redirect.https", Severity.FAIL);
    }

    @Test
    void aBrokenCanonicalPageFails() {
        RedirectChain broken = chain(RedirectChain.End.FINAL, "https://x.test/", 502);
        assertThat(judge(broken)).containsEntry("redirect.canonical", Severity.FAIL);
    }
}
