package dev.launchready.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class DmarcTest {

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
        "v=DMARC1; p=reject; rua=mailto:d@x.test | PASS",
        "v=DMARC1; p=quarantine | PASS",
        "v=DMARC1; p=none; rua=mailto:d@x.test | PASS",
        "v=DMARC1; p=none | WARN",
        "v=DMARC1 | WARN",
        "v=DMARC1; p=none; rua=https://x.test | WARN",
        "v=DMARC1; p=block | FAIL",
        "spf-like text | FAIL"})
    void judgesPolicyAndReporting(String record, Severity expected) {
        Finding finding = Dmarc.judge("_dmarc.x.test", new Dns.Answer(Dns.Status.FOUND, List.of(record)));
        assertThat(finding.severity()).as(finding.seen()).isEqualTo(expected);
        assertThat(finding.id()).isEqualTo("email.dmarc");
    }

    @ParameterizedTest
    @CsvSource({"NXDOMAIN, FAIL", "NO_DATA, FAIL", "ERROR, WARN"})
    void missingRecordFailsButAFailedLookupOnlyWarns(Dns.Status status, Severity expected) {
        assertThat(Dmarc.judge("_dmarc.x.test", new Dns.Answer(status, List.of())).severity()).isEqualTo(expected);
    }

    @org.junit.jupiter.api.Test
    void twoRecordsFail() {
        assertThat(Dmarc.judge("_dmarc.x.test", new Dns.Answer(Dns.Status.FOUND,
                List.of("v=DMARC1; p=reject", "v=DMARC1; p=none"))).severity()).isEqualTo(Severity.FAIL);
    }
}
