package dev.launchready.ratelimit.account;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;

import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class AccountIdentifierTest {

    private static final String FORM = "application/x-www-form-urlencoded";
    private static final String JSON = "application/json";
    private static final List<String> FIELDS = List.of("email", "username");

    private static Optional<String> find(String body, String contentType) {
        byte[] bytes = body.getBytes(StandardCharsets.UTF_8);
        return AccountIdentifier.find(bytes, bytes.length, contentType, FIELDS);
    }

    @Test
    void aFormFieldIsDecodedAsSubmitted() {
        assertThat(find("password=x&email=+Member%40Example.com+", FORM)).contains(" Member@Example.com ");
        assertThat(find("email=z%C3%B6e%40example.com", FORM)).contains("zöe@example.com");
        assertThat(find("%65mail=encoded-name", FORM)).as("names are decoded too").contains("encoded-name");
    }

    @Test
    void theFormCharsetParameterIsHonoured() {
        byte[] latin1 = "email=z%F6e".getBytes(StandardCharsets.US_ASCII);
        assertThat(AccountIdentifier.find(latin1, latin1.length, FORM + "; charset=ISO-8859-1", FIELDS)).contains("zöe");
        assertThat(AccountIdentifier.find(latin1, latin1.length, FORM + ";charset=\"iso-8859-1\"", FIELDS)).contains("zöe");
        assertThat(AccountIdentifier.find(latin1, latin1.length, FORM + "; charset=no-such-charset", FIELDS))
                .as("an unknown charset falls back to UTF-8, with replacement").contains("z\uFFFDe");
    }

    @Test
    void aDuplicatedFormFieldGivesTheFirstValueLikeGetParameter() {
        assertThat(find("email=first@example.com&email=second@example.com", FORM)).contains("first@example.com");
    }

    @Test
    void aPairWithAMalformedEscapeIsSkippedLikeTomcatDoes() {
        assertThat(find("email=%zz&email=victim@example.com", FORM)).contains("victim@example.com");
        assertThat(find("email=abc%4", FORM)).isEmpty();
        assertThat(find("email=abc%", FORM)).isEmpty();
        assertThat(find("email=%u0040", FORM)).isEmpty();
    }

    @Test
    void blankValuesCountAsAbsent() {
        assertThat(find("email=&username=member", FORM)).contains("member");
        assertThat(find("email=+++", FORM)).isEmpty();
        assertThat(find("email", FORM)).isEmpty();
    }

    @Test
    void theFirstListedFieldWinsWhateverTheBodyOrder() {
        assertThat(find("username=member&email=member@example.com", FORM)).contains("member@example.com");
        assertThat(find("username=member", FORM)).contains("member");
        assertThat(find("password=x", FORM)).isEmpty();
    }

    @Test
    void aJsonFieldHasItsEscapesDecodedByTheParser() {
        assertThat(find("{\"password\":\"x\",\"email\":\"member\\u0040example.com\"}", JSON)).contains("member@example.com");
        assertThat(find("{\"email\":\"Zoë@example.com\"}", "application/json; charset=UTF-8")).contains("Zoë@example.com");
        assertThat(find("{\"email\":\"m@example.com\"}", "application/vnd.api+json")).contains("m@example.com");
        assertThat(find("{\"email\":\"m@example.com\"}", "Application/JSON")).contains("m@example.com");
    }

    @Test
    void theJsonCharsetParameterIsHonoured() {
        byte[] utf16 = "{\"email\":\"zöe\"}".getBytes(StandardCharsets.UTF_16BE);
        assertThat(AccountIdentifier.find(utf16, utf16.length, JSON + "; charset=UTF-16BE", FIELDS)).contains("zöe");
    }

    @Test
    void nestedJsonIsNotSearched() {
        assertThat(find("{\"profile\":{\"email\":\"victim@example.com\"},\"username\":\"member\"}", JSON)).contains("member");
        assertThat(find("{\"profile\":{\"email\":\"victim@example.com\"}}", JSON)).isEmpty();
        assertThat(find("[{\"email\":\"victim@example.com\"}]", JSON)).isEmpty();
    }

    @Test
    void nonStringJsonValuesAreIgnored() {
        assertThat(find("{\"email\":42,\"username\":\"member\"}", JSON)).contains("member");
        assertThat(find("{\"email\":null}", JSON)).isEmpty();
        assertThat(find("{\"email\":[\"victim@example.com\"]}", JSON)).isEmpty();
    }

    @Test
    void aDuplicatedJsonFieldGivesTheLastValueLikeJsonBinders() {
        assertThat(find("{\"email\":\"first@example.com\",\"email\":\"second@example.com\"}", JSON)).contains("second@example.com");
        assertThat(find("{\"email\":\"first@example.com\",\"email\":7}", JSON))
                .as("the app binds \"7\", not the earlier string").isEmpty();
    }

    @Test
    void malformedOrTruncatedJsonFindsNothing() {
        assertThat(find("{\"email\":\"m@example.com\"", JSON)).isEmpty();
        assertThat(find("{\"email\":\"m@exa", JSON)).isEmpty();
        assertThat(find("{email:'m@example.com'}", JSON)).isEmpty();
        assertThat(find("not json", JSON)).isEmpty();
        assertThat(find("\"m@example.com\"", JSON)).isEmpty();
        assertThat(find("[".repeat(100_000), JSON)).as("depth is bounded, no stack overflow").isEmpty();
        assertThat(find("{\"x\":" + "[".repeat(100_000) + ",\"email\":\"m@example.com\"}", JSON)).isEmpty();
    }

    @Test
    void jsonWithAByteOrderMarkOrTrailingTokensIsRead() {
        assertThat(find("\uFEFF{\"email\":\"m@example.com\"}", JSON)).contains("m@example.com");
        assertThat(find("{\"email\":\"m@example.com\"} trailing", JSON)).contains("m@example.com");
    }

    @Test
    void otherOrMissingContentTypesFindNothing() {
        String body = "email=m@example.com";
        assertThat(find(body, null)).isEmpty();
        assertThat(find(body, "")).isEmpty();
        assertThat(find(body, "text/plain")).isEmpty();
        assertThat(find(body, "multipart/form-data; boundary=x")).isEmpty();
        assertThat(find("{\"email\":\"m@example.com\"}", "application/jsonp")).isEmpty();
        assertThat(find("{\"email\":\"m@example.com\"}", "text/json+json")).isEmpty();
    }

    @Test
    void onlyTheGivenLengthIsRead() {
        byte[] buffer = Arrays.copyOf("email=member@example.com".getBytes(StandardCharsets.UTF_8), 64);
        assertThat(AccountIdentifier.find(buffer, 10, FORM, FIELDS)).contains("memb");
        assertThat(AccountIdentifier.find(buffer, 24, FORM, FIELDS)).contains("member@example.com");
        assertThat(AccountIdentifier.find(buffer, 1_000, FORM, FIELDS)).as("clamped to the array").isPresent();
        assertThat(AccountIdentifier.find(buffer, -1, FORM, FIELDS)).isEmpty();
        byte[] json = "{\"email\":\"member@example.com\"}".getBytes(StandardCharsets.UTF_8);
        assertThat(AccountIdentifier.find(json, json.length - 1, JSON, FIELDS)).isEmpty();
    }

    @Test
    void bytesInvalidInTheCharsetAreReplacedNeverThrown() {
        byte[] form = {'e', 'm', 'a', 'i', 'l', '=', (byte) 0xFF, (byte) 0xC3, 'm', '&', 'x', '=', (byte) 0x80};
        assertThat(AccountIdentifier.find(form, form.length, FORM, FIELDS)).contains("\uFFFD\uFFFDm");
        byte[] escaped = "email=%FF%C3m".getBytes(StandardCharsets.US_ASCII);
        assertThat(AccountIdentifier.find(escaped, escaped.length, FORM, FIELDS)).contains("\uFFFD\uFFFDm");
        byte[] json = {'{', '"', 'e', 'm', 'a', 'i', 'l', '"', ':', '"', (byte) 0xFF, 'm', '"', '}'};
        assertThat(AccountIdentifier.find(json, json.length, JSON, FIELDS)).contains("\uFFFDm");
    }

    @Test
    void anEmptyBodyOrNoFieldsFindNothing() {
        assertThat(AccountIdentifier.find(new byte[0], 0, FORM, FIELDS)).isEmpty();
        assertThat(AccountIdentifier.find(new byte[0], 0, JSON, FIELDS)).isEmpty();
        assertThat(AccountIdentifier.find(null, 0, FORM, FIELDS)).isEmpty();
        byte[] body = "email=m@example.com".getBytes(StandardCharsets.UTF_8);
        assertThat(AccountIdentifier.find(body, body.length, FORM, List.of())).isEmpty();
    }

    @Test
    void tenMegabytesOfPairsAreScannedInLinearTime() {
        byte[] pairs = "a=&".repeat((10 << 20) / 3).concat("email=m@example.com").getBytes(StandardCharsets.US_ASCII);
        byte[] equals = "a=".repeat((10 << 20) / 2).concat("&email=m@example.com").getBytes(StandardCharsets.US_ASCII);
        byte[] escapes = "a=".concat("%41".repeat((10 << 20) / 3)).concat("&email=m@example.com").getBytes(StandardCharsets.US_ASCII);
        byte[] json = ("{" + "\"a\":\"\",".repeat((10 << 20) / 7) + "\"email\":\"m@example.com\"}").getBytes(StandardCharsets.US_ASCII);
        assertTimeoutPreemptively(Duration.ofSeconds(5), () -> {
            assertThat(AccountIdentifier.find(pairs, pairs.length, FORM, FIELDS)).contains("m@example.com");
            assertThat(AccountIdentifier.find(equals, equals.length, FORM, FIELDS)).contains("m@example.com");
            assertThat(AccountIdentifier.find(escapes, escapes.length, FORM, FIELDS)).contains("m@example.com");
            assertThat(AccountIdentifier.find(json, json.length, JSON, FIELDS)).contains("m@example.com");
        });
    }
}
