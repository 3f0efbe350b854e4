package dev.launchready.ratelimit.account;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import java.util.Optional;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;

class AccountKeysTest {

    private final AccountKeys keys = AccountKeys.of(Optional.of("test-secret"));

    @Test
    void spellingsOfOneAccountShareOneKey() {
        String key = keys.keyFor("member@example.com");
        assertThat(List.of("Member@Example.com", " member@example.com ", "\tMEMBER@EXAMPLE.COM\n",
                "ｍｅｍｂｅｒ＠ｅｘａｍｐｌｅ．ｃｏｍ", "\u3000ＭＥＭＢＥＲ＠example.com\u00A0"))
                .allSatisfy(spelling -> assertThat(keys.keyFor(spelling)).as(spelling).isEqualTo(key));
    }

    @Test
    void differentAccountsHaveDifferentKeys() {
        assertThat(keys.keyFor("member@example.com")).isNotEqualTo(keys.keyFor("member2@example.com"))
                .isNotEqualTo(keys.keyFor("mem ber@example.com"));
    }

    @Test
    void theKeyIsUnpaddedBase64UrlOfAnHmac() {
        assertThat(keys.keyFor("member@example.com")).hasSize(43).matches("[A-Za-z0-9_-]+");
        assertThat(AccountKeys.of(Optional.of("another-secret")).keyFor("member@example.com"))
                .isNotEqualTo(keys.keyFor("member@example.com"));
    }

    @Test
    void normalisingIsLocaleIndependent() {
        assertThat(AccountKeys.normalise("ILIKE@EXAMPLE.COM")).isEqualTo("ilike@example.com");
        assertThat(AccountKeys.normalise("Ｚöe@Example.com")).isEqualTo("zöe@example.com");
    }

    @Test
    void theShortHashIsTheKeysFirstEightCharacters() {
        assertThat(keys.shortHash(" Member@Example.com")).hasSize(8).isEqualTo(keys.keyFor("member@example.com").substring(0, 8))
                .doesNotContain("member");
    }

    @Test
    void withoutASecretEveryInstanceInTheProcessAgrees() {
        AccountKeys a = AccountKeys.of(Optional.empty());
        AccountKeys b = AccountKeys.of(Optional.empty());
        assertThat(a.keyFor("member@example.com")).isEqualTo(b.keyFor("member@example.com"))
                .isNotEqualTo(keys.keyFor("member@example.com"));
    }

    @Test
    void aBlankSecretIsRefused() {
        assertThatThrownBy(() -> AccountKeys.of(Optional.of(" "))).isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void theSecretIsNeverPrinted() {
        assertThat(keys.toString()).doesNotContain("test-secret");
    }

    @Test
    void concurrentCallersGetTheSameKeys() throws Exception {
        List<String> identifiers = IntStream.range(0, 200).mapToObj(i -> "member" + i + "@example.com").toList();
        List<String> expected = identifiers.stream().map(keys::keyFor).toList();
        ExecutorService pool = Executors.newFixedThreadPool(8);
        try {
            List<Future<List<String>>> runs = IntStream.range(0, 16)
                    .mapToObj(i -> pool.submit(() -> identifiers.stream().map(keys::keyFor).toList())).toList();
            for (Future<List<String>> run : runs) {
                assertThat(run.get()).isEqualTo(expected);
            }
        } finally {
            pool.shutdownNow();
        }
    }
}
