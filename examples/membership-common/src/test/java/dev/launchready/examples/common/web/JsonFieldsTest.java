package dev.launchready.examples.common.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class JsonFieldsTest {

    @Test
    void readsTopLevelStringsAndSkipsTheRest() {
        String json = "{\"type\":\"invoice.paid\",\"data\":{\"type\":\"nested\"},\"list\":[1,{\"a\":\"b\"}],\"n\":3,\"ok\":true}";

        assertThat(JsonFields.topLevelStrings(json.getBytes(StandardCharsets.UTF_8)))
                .contains(Map.of("type", "invoice.paid"));
    }

    @Test
    void unescapesValues() {
        assertThat(JsonFields.topLevelStrings("{\"email\":\"a\\u0040b.c\",\"password\":\"p\\\"w\"}".getBytes(StandardCharsets.UTF_8)))
                .contains(Map.of("email", "a@b.c", "password", "p\"w"));
    }

    @ParameterizedTest
    @ValueSource(strings = {"", "null", "[]", "\"text\"", "{", "{\"a\":}", "{} {}", "{} trailing", "email=a&password=b"})
    void refusesAnythingButOneObject(String body) {
        assertThat(JsonFields.topLevelStrings(body.getBytes(StandardCharsets.UTF_8))).isEmpty();
    }

    @Test
    void refusesNoBody() {
        assertThat(JsonFields.topLevelStrings(null)).isEmpty();
    }

    @Test
    void readsLoginCredentialsWithMissingFieldsEmpty() {
        assertThat(Credentials.fromJson("{\"email\":\"a@b.c\",\"password\":\"pw\"}")).contains(new Credentials("a@b.c", "pw"));
        assertThat(Credentials.fromJson("{\"email\":\"a@b.c\"}")).contains(new Credentials("a@b.c", ""));
        assertThat(Credentials.fromJson("nope")).isEmpty();
        assertThat(new Credentials("a@b.c", "secret-pw").toString()).doesNotContain("secret-pw");
    }
}
