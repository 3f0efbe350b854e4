package dev.launchready.redact;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.junit.jupiter.api.Test;

/**
 * Input that breaks redactors: null, invalid UTF-16, 1 MiB lines, adversarial repetition for every
 * rule family, a CharSequence that fails, concurrent use. The redactor must return a line, never
 * throw, never hang. (Speed is measured in JMH, {@code RedactorBenchmark}; the timeout here only
 * turns a hang into a failure.)
 */
class BadInputTest {

    private static final int MIB = 1 << 20;
    private final Redactor redactor = Redactor.defaults();

    @Test
    void nullReadsAsNull() {
        assertThat(redactor.redact(null)).isEqualTo("null");
        StringBuilder out = new StringBuilder("x=");
        redactor.redactTo(null, out);
        assertThat(out).hasToString("x=null");
        assertThat(redactor.find(null)).isEmpty();
        assertThat(redactor.mightContainSecret(null)).isFalse();
    }

    @Test
    void loneSurrogatesAreKeptAndDoNotHideSecrets() {
        String key = "sk_live_" + "a1B2c3D4e5F6g7H8i9J0k1L2";
        String line = "\uD800 charge " + "\uDC00" + key + "\uD83D password=hunter22 \uDFFF end \uDBFF";
        String out = redactor.redact(line);
        assertThat(out.replace("\uD800", "<D800>").replace("\uDC00", "<DC00>").replace("\uD83D", "<D83D>")
                .replace("\uDFFF", "<DFFF>").replace("\uDBFF", "<DBFF>")).isEqualTo(
                "<D800> charge <DC00>[REDACTED:stripe-secret-key]<D83D> password=[REDACTED:password] <DFFF> end <DBFF>");
    }

    @Test
    void aCleanMebibyteLineIsReturnedAsIs() {
        String line = clean(MIB);
        assertThat(redactor.redact(line)).isSameAs(line);
    }

    @Test
    void aMebibyteOfSecretsIsAllRedactedAndNothingElseLost() {
        StringBuilder sb = new StringBuilder();
        int n = 0;
        while (sb.length() < MIB) {
            sb.append("user=u").append(n).append(" password=pw").append(n++).append(' ');
        }
        String out = redactor.redact(sb);
        assertThat(out).doesNotContain("password=pw").contains("user=u" + (n - 1) + " password=[REDACTED:password]");
        assertThat(out.split("\\[REDACTED:password]", -1)).hasSize(n + 1);
    }

    static Stream<Arguments> adversarial() {
        return Stream.of(
                Arguments.of("provider prefixes", repeat("sk_live_", MIB)),
                Arguments.of("loose prefix with its own separator", repeat("xoxb-", MIB)),
                Arguments.of("gitlab prefix", repeat("glpat-", MIB)),
                Arguments.of("one endless token", "ghp_" + repeat("a", MIB)),
                Arguments.of("infix literals", repeat("1234567890:AA", MIB)),
                Arguments.of("jwt starts", repeat("eyJ", MIB)),
                Arguments.of("jwt without signature", repeat("eyJhbGciOiJIUzI1NiJ9.", MIB)),
                Arguments.of("key without value", repeat("password", MIB)),
                Arguments.of("key= runs", repeat("password=", MIB)),
                Arguments.of("quoted value never closed", "\"password\": \"" + repeat("x", MIB)),
                Arguments.of("keys separated", repeat("token token ", MIB)),
                Arguments.of("pem headers", repeat("-----BEGIN PRIVATE KEY-----", MIB)),
                Arguments.of("unterminated pem", "-----BEGIN RSA PRIVATE KEY-----\n" + repeat("QUJD\n", MIB)),
                Arguments.of("emails without domain", repeat("a@", MIB)),
                Arguments.of("email domains", repeat("@a.b", MIB)),
                Arguments.of("scheme separators", repeat("://", MIB)),
                Arguments.of("userinfo never ending", "postgres://u:" + repeat("p", MIB)),
                Arguments.of("digit groups", repeat("4111 ", MIB)),
                Arguments.of("iban starts", repeat("GB82 ", MIB)),
                Arguments.of("cookie pairs", "Cookie: " + repeat("a=b; ", MIB)),
                Arguments.of("authorization params", "Authorization: Digest " + repeat("a=\"b\", ", MIB)),
                Arguments.of("curl curl", repeat("curl -u ", MIB)),
                Arguments.of("oracle thin", repeat("thin:", MIB)),
                Arguments.of("bearer words", repeat("Bearer ", MIB)),
                Arguments.of("query params", "/x?" + repeat("token=&", MIB)),
                Arguments.of("mysql options", repeat("mysql -p", MIB)),
                Arguments.of("redis-cli options", repeat("redis-cli -a ", MIB)),
                Arguments.of("password prose", repeat("password is ", MIB)),
                Arguments.of("url-encoded keys", repeat("password%3D", MIB)));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("adversarial")
    void adversarialLinesFinish(String family, String line) {
        String out = assertTimeoutPreemptively(Duration.ofSeconds(20), () -> redactor.redact(line), family + " hung");
        assertThat(out).isNotNull();
        assertThat(out.length()).isLessThanOrEqualTo(line.length() + 64 * (line.length() / 4 + 1));
    }

    @Test
    void aFailingCharSequenceStillGivesALineWithoutTheLongTokens() {
        String text = "user=bob key sk_live_a1B2c3D4e5F6g7H8i9J0k1L2";
        CharSequence broken = new CharSequence() {
            private int reads;

            @Override
            public int length() {
                return text.length();
            }

            @Override
            public char charAt(int index) {
                if (++reads > 20) {
                    throw new IllegalStateException("changed under us");
                }
                return text.charAt(index);
            }

            @Override
            public CharSequence subSequence(int start, int end) {
                return text.subSequence(start, end);
            }

            @Override
            public String toString() {
                return text;
            }
        };
        StringBuilder out = new StringBuilder();
        redactor.redactTo(broken, out);
        assertThat(out).hasToString("user=bob key [REDACTED:unchecked]");
    }

    @Test
    void concurrentUseGivesTheSameAnswers() throws Exception {
        List<String> lines = new ArrayList<>();
        for (SecretCorpus.Sample s : SecretCorpus.secrets(7L)) {
            lines.add(s.line());
        }
        BenignCorpus.lines(7L).forEach(l -> lines.add(l.text()));
        List<String> expected = lines.stream().map(redactor::redact).toList();
        ExecutorService pool = Executors.newFixedThreadPool(8);
        try {
            List<Callable<Boolean>> tasks = new ArrayList<>();
            for (int t = 0; t < 8; t++) {
                int offset = t;
                tasks.add(() -> {
                    for (int round = 0; round < 3; round++) {
                        for (int i = 0; i < lines.size(); i++) {
                            int k = (i + offset * 97) % lines.size();
                            if (!redactor.redact(lines.get(k)).equals(expected.get(k))) {
                                return false;
                            }
                        }
                    }
                    return true;
                });
            }
            for (Future<Boolean> f : pool.invokeAll(tasks)) {
                assertThat(f.get()).isTrue();
            }
        } finally {
            pool.shutdownNow();
        }
    }

    static String repeat(String unit, int length) {
        return unit.repeat(length / unit.length() + 1).substring(0, length);
    }

    static String clean(int length) {
        return repeat("2026-11-23T12:44:16.123Z INFO [exec-3] c.e.OrderController - order 123e4567-e89b-12d3 shipped in 42 ms; ", length);
    }
}
