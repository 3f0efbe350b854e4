package dev.launchready.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import org.junit.jupiter.api.Test;

class SpfTest {

    private final Map<String, String> zone = new HashMap<>();
    private final Function<String, Dns.Answer> txt = name -> zone.containsKey(name)
            ? new Dns.Answer(Dns.Status.FOUND, List.of(zone.get(name)))
            : new Dns.Answer(Dns.Status.NXDOMAIN, List.of());

    private Map<String, Severity> judge(String record) {
        zone.put("x.test", record);
        Map<String, Severity> result = new HashMap<>();
        for (Finding finding : Spf.judge("x.test", txt.apply("x.test"), txt)) {
            result.put(finding.id(), finding.severity());
        }
        return result;
    }

    @Test
    void countsLookupsRecursivelyThroughIncludesAndRedirect() {
        zone.put("a.test", "v=spf1 include:b.test mx a -all");
        zone.put("b.test", "v=spf1 exists:%{i}.x.test ptr -all");
        zone.put("r.test", "v=spf1 a:mail.test -all");
        Spf.Evaluation evaluation = Spf.evaluate("v=spf1 include:a.test ip4:192.0.2.1 redirect=r.test", txt);
        // include:a (1) + include:b (1) + mx + a (2) + exists + ptr (2) + redirect (1) + a:mail (1)
        assertThat(evaluation.lookups()).isEqualTo(8);
        assertThat(evaluation.problems()).isEmpty();
        assertThat(evaluation.all()).isEqualTo("-all");
    }

    @Test
    void elevenLookupsFailTenPass() {
        StringBuilder ten = new StringBuilder("v=spf1");
        for (int i = 1; i <= 10; i++) {
            zone.put("i" + i + ".test", "v=spf1 ip4:192.0.2." + i + " -all");
            ten.append(" include:i").append(i).append(".test");
        }
        assertThat(judge(ten + " -all")).containsEntry("email.spf-lookups", Severity.PASS).containsEntry("email.spf", Severity.PASS);
        zone.put("i11.test", "v=spf1 -all");
        assertThat(judge(ten + " include:i11.test -all")).containsEntry("email.spf-lookups", Severity.FAIL);
    }

    @Test
    void plusAllFailsAndMissingAllWarns() {
        assertThat(judge("v=spf1 ip4:192.0.2.1 +all")).containsEntry("email.spf", Severity.FAIL);
        assertThat(judge("v=spf1 ip4:192.0.2.1 all")).containsEntry("email.spf", Severity.FAIL);
        assertThat(judge("v=spf1 ip4:192.0.2.1")).containsEntry("email.spf", Severity.WARN);
        assertThat(judge("v=spf1 ip4:192.0.2.1 ?all")).containsEntry("email.spf", Severity.WARN);
        assertThat(judge("v=spf1 ip4:192.0.2.1 ~all")).containsEntry("email.spf", Severity.PASS);
    }

    @Test
    void syntaxErrorsAndIncludesWithoutRecordFail() {
        assertThat(judge("v=spf1 ipv4:192.0.2.1 -all")).containsEntry("email.spf", Severity.FAIL);
        assertThat(judge("v=spf1 include:missing.test -all")).containsEntry("email.spf", Severity.FAIL);
    }

    @Test
    void moreThanTwoVoidLookupsFail() {
        Map<String, Severity> result = judge("v=spf1 include:v1.test include:v2.test include:v3.test -all");
        assertThat(result).containsEntry("email.spf-lookups", Severity.FAIL);
    }

    @Test
    void includeLoopIsReportedNotFollowedForever() {
        zone.put("loop.test", "v=spf1 include:x.test -all");
        assertThat(judge("v=spf1 include:loop.test -all")).containsEntry("email.spf", Severity.FAIL);
    }

    @Test
    void noRecordAndTwoRecordsFail() {
        Dns.Answer none = new Dns.Answer(Dns.Status.FOUND, List.of("google-site-verification=abc"));
        assertThat(Spf.judge("x.test", none, txt)).extracting(Finding::severity).containsExactly(Severity.FAIL);
        Dns.Answer two = new Dns.Answer(Dns.Status.FOUND, List.of("v=spf1 -all", "v=spf1 mx -all"));
        assertThat(Spf.judge("x.test", two, txt)).extracting(Finding::severity).containsExactly(Severity.FAIL);
        assertThat(Spf.isSpf("v=spf10 -all")).isFalse();
    }
}
