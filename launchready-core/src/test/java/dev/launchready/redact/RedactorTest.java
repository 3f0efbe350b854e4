package dev.launchready.redact;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

class RedactorTest {

    private final Redactor redactor = Redactor.defaults();

    @Test
    void stripeKeys() {
        String key = "sk_live_" + "0FAKE0key0FAKE0key0FAKE9x";
        assertThat(redactor.redact("charging with " + key + ", retrying"))
                .isEqualTo("charging with [REDACTED:stripe-secret-key], retrying");
        assertThat(redactor.redact("(key rk_live_51HxyzABCdefGHIjklMNOpqr)")).isEqualTo("(key [REDACTED:stripe-restricted-key])");
        assertThat(redactor.redact("secret whsec_MfKQ9r8GKYqrTwjUPD8ILPZIo2LaLaSw")).doesNotContain("MfKQ9r8G");
    }

    @Test
    void headersKeepTheNameAndScheme() {
        assertThat(redactor.redact("Authorization: Bearer abc.def-ghi_jkl0123456789"))
                .isEqualTo("Authorization: Bearer [REDACTED:authorization]");
        assertThat(redactor.redact("headers={Authorization=[Basic dXNlcjpwYXNzd29yZA==], Accept=[*/*]}"))
                .isEqualTo("headers={Authorization=[Basic [REDACTED:authorization]], Accept=[*/*]}");
        assertThat(redactor.redact("Cookie: SESSION=abc123def456; theme=dark"))
                .isEqualTo("Cookie: SESSION=[REDACTED:cookie]; theme=[REDACTED:cookie]");
        assertThat(redactor.redact("Set-Cookie: sid=s%3Aabc123.xyz; Path=/; HttpOnly"))
                .isEqualTo("Set-Cookie: sid=[REDACTED:set-cookie]; Path=/; HttpOnly");
        assertThat(redactor.redact("X-Api-Key: 0123456789abcdef0123")).isEqualTo("X-Api-Key: [REDACTED:api-key]");
    }

    @Test
    void keyValuesInManySpellings() {
        assertThat(redactor.redact("login password=hunter2 ok")).isEqualTo("login password=[REDACTED:password] ok");
        assertThat(redactor.redact("{\"password\": \"correct horse\", \"user\": \"bob\"}"))
                .isEqualTo("{\"password\": \"[REDACTED:password]\", \"user\": \"bob\"}");
        assertThat(redactor.redact("msg={\\\"client_secret\\\":\\\"abc123xyz\\\"}"))
                .isEqualTo("msg={\\\"client_secret\\\":\\\"[REDACTED:secret]\\\"}");
        assertThat(redactor.redact("DB_PASSWORD: s3cr3t!")).isEqualTo("DB_PASSWORD: [REDACTED:password]");
        assertThat(redactor.redact("<password>pa55</password>")).isEqualTo("<password>[REDACTED:password]</password>");
        assertThat(redactor.redact("apiKey=\"k-12345678\"")).isEqualTo("apiKey=\"[REDACTED:api-key]\"");
    }

    /** Regression: a map's toString ({@code {Stripe-Signature=[t=…,v1=…]}}) split the header at the comma. */
    @Test
    void webhookSignaturesWhereverTheHeaderEndsUp() {
        String hex = "0ff30548a65c4c665a220d9b8ddb613d8def87f8e397b473c054a2b69bea1734";
        for (String line : new String[] {"headers {Stripe-Signature=[t=1763900000,v1=" + hex + "], Cookie=[]}",
            "Stripe-Signature: t=1763900000,v1=" + hex, "X-Slack-Signature: v0=" + hex}) {
            assertThat(redactor.redact(line)).as(line).doesNotContain(hex.substring(0, 8));
        }
        assertThat(redactor.redact("api v1=status ok")).isEqualTo("api v1=status ok");
    }

    @Test
    void signatureHeaders() {
        assertThat(redactor.redact("X-Hub-Signature-256: sha256=0123456789abcdef0123456789abcdef"))
                .isEqualTo("X-Hub-Signature-256: [REDACTED:signature]");
        assertThat(redactor.redact("Stripe-Signature: t=1700000000,v1=5257a869e7ecebeda32affa62cdca3fa hdr=x"))
                .isEqualTo("Stripe-Signature: [REDACTED:signature] hdr=x");
        assertThat(redactor.redact("{signature=abc123def456, other=x}")).isEqualTo("{signature=[REDACTED:signature], other=x}");
    }

    @Test
    void urlsKeepHostAndPath() {
        assertThat(redactor.redact("jdbc:postgresql://host/db?user=u&password=p"))
                .isEqualTo("jdbc:postgresql://host/db?user=u&password=[REDACTED:password]");
        assertThat(redactor.redact("postgres://user:pass@db.example.com/app"))
                .isEqualTo("postgres://user:[REDACTED:url-password]@db.example.com/app");
        assertThat(redactor.redact("GET /reset?token=abc123&next=/home"))
                .isEqualTo("GET /reset?token=[REDACTED:token]&next=/home");
        assertThat(redactor.redact("callback /oauth?code=4%2F0Adeu5&state=xyz"))
                .isEqualTo("callback /oauth?code=[REDACTED:auth-code]&state=xyz");
        assertThat(redactor.redact("jdbc:oracle:thin:scott/tiger@//db:1521/orcl"))
                .isEqualTo("jdbc:oracle:thin:scott/[REDACTED:url-password]@//db:1521/orcl");
    }

    @Test
    void emailsCardsIbans() {
        assertThat(redactor.redact("sent reset to bob.smith+x@example.co.uk.")).isEqualTo("sent reset to [EMAIL].");
        assertThat(redactor.redact("card 4111 1111 1111 1111 declined")).isEqualTo("card [REDACTED:card] declined");
        assertThat(redactor.redact("card 4111-1111-1111-1112 declined")).isEqualTo("card 4111-1111-1111-1112 declined");
        assertThat(redactor.redact("iban GB82 WEST 1234 5698 7654 32 ok")).isEqualTo("iban [REDACTED:iban] ok");
        assertThat(redactor.redact("iban DE89370400440532013000")).isEqualTo("iban [REDACTED:iban]");
    }

    @Test
    void passwordsOnCommandLinesInProseAndUrlEncoded() {
        assertThat(redactor.redact("running mysql -u root -pS3cret app < dump.sql"))
                .isEqualTo("running mysql -u root -p[REDACTED:password] app < dump.sql");
        assertThat(redactor.redact("exec: mysqldump -h db -P 3306 -u app '-pS3 cret' app"))
                .isEqualTo("exec: mysqldump -h db -P 3306 -u app '-p[REDACTED:password]' app");
        assertThat(redactor.redact("mariadb --user=app -pS3cret")).isEqualTo("mariadb --user=app -p[REDACTED:password]");
        assertThat(redactor.redact("redis-cli -h cache -a s3cret ping")).isEqualTo("redis-cli -h cache -a [REDACTED:password] ping");
        assertThat(redactor.redact("redis-cli --user app --pass \"s3 cret\" ping"))
                .isEqualTo("redis-cli --user app --pass \"[REDACTED:password]\" ping");
        assertThat(redactor.redact("the new password is hunter2.")).isEqualTo("the new password is [REDACTED:password].");
        assertThat(redactor.redact("Password was S3cret! for bob")).isEqualTo("Password was [REDACTED:password] for bob");
        assertThat(redactor.redact("GET /login?next=%2Fhome%3Fpassword%3Dhunter2%26x%3D1 302"))
                .isEqualTo("GET /login?next=%2Fhome%3Fpassword%3D[REDACTED:password]%26x%3D1 302");
        assertThat(redactor.redact("next=%2Fcb%26access_token%3dabc123def456ghi"))
                .isEqualTo("next=%2Fcb%26access_token%3d[REDACTED:token]");
    }

    @Test
    void lookAlikesOfThoseStayAsTheyAre() {
        for (String line : List.of("mysql -u root -p app", "mysql -h db -P3306 -u app --protocol=TCP",
                "mkdir -p /var/lib/app && docker run -p8080:80 app", "redis-cli -h cache ping",
                "redis-cli -h cache --pass", "the password is incorrect", "password is too short (8 chars min)",
                "your password was changed", "password is required", "token is 3600 s", "next=%2Fhome%3Fpage%3D2")) {
            assertThat(redactor.redact(line)).as(line).isSameAs(line);
        }
    }

    @Test
    void secretsAcrossTheChunksTheLineIsReadInAreFoundAtEveryOffset() {
        // The prefilter reads 1024 chars at a time; each secret is moved across that boundary, in a
        // String, a StringBuilder and a CharSequence of no known type.
        String[][] cases = {
            {"key sk_live_" + "0FAKE0key0FAKE0key0FAKE9x ok", "key [REDACTED:stripe-secret-key] ok"},
            {"card 4111 1111 1111 1111 ok", "card [REDACTED:card] ok"},
            {"card 4111-1111-1111-1111- ok", "card [REDACTED:card]- ok"},
            {"iban GB82 WEST 1234 5698 7654 32 ok", "iban [REDACTED:iban] ok"},
            {"x password=hunter2 ok", "x password=[REDACTED:password] ok"},
            {"to bob@example.com ok", "to [EMAIL] ok"},
        };
        for (String[] c : cases) {
            for (int pad = 1024 - c[0].length() - 2; pad <= 1026; pad++) {
                String filler = "ab ".repeat(pad / 3 + 1).substring(0, pad);
                String line = filler + c[0];
                String want = filler + c[1];
                assertThat(redactor.redact(line)).as("%s at %d", c[0], pad).isEqualTo(want);
                assertThat(redactor.redact(new StringBuilder(line))).isEqualTo(want);
                assertThat(redactor.redact(java.nio.CharBuffer.wrap(line))).isEqualTo(want);
            }
        }
        assertThat(redactor.redact("4111 1111 1111 1111")).isEqualTo("[REDACTED:card]");
        assertThat(redactor.redact("4111 1111 1111 1111 ")).isEqualTo("[REDACTED:card] ");
        assertThat(redactor.redact("GB82 WEST 1234 5698 7654 32")).isEqualTo("[REDACTED:iban]");
    }

    @Test
    void cleanLineIsTheSameInstance() {
        String line = "2026-11-23T12:44:16.123Z INFO  [http-nio-8080-exec-3] c.e.app.OrderController - order 123e4567-e89b-12d3-a456-426614174000 shipped in 42 ms";
        assertThat(redactor.redact(line)).isSameAs(line);
        assertThat(redactor.mightContainSecret(line)).isFalse();
    }

    @Test
    void findingsCarryRuleAndOffsets() {
        String line = "to bob@example.com with sk_live_0FAKE0key0FAKE0key0FAKE";
        List<Finding> found = redactor.find(line);
        assertThat(found).containsExactly(new Finding("email", 3, 18),
                new Finding("stripe-secret-key", 24, line.length()));
    }
}
