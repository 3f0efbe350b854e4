package dev.launchready.ratelimit.account;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

class FormUrlEncodedTest {

    private static List<String> pairs(String body) {
        List<String> out = new ArrayList<>();
        byte[] bytes = body.getBytes(StandardCharsets.UTF_8);
        FormUrlEncoded.forEach(bytes, bytes.length, StandardCharsets.UTF_8, (name, value) -> out.add(name + "|" + value));
        return out;
    }

    @Test
    void everyPairIsPassedOnInOrderDuplicatesIncluded() {
        assertThat(pairs("a=1&b=2&a=3")).containsExactly("a|1", "b|2", "a|3");
    }

    @Test
    void plusesEscapesAndMultiByteCharactersAreDecoded() {
        assertThat(pairs("n+m=a+b%2Bc%26d%3De&e=%E2%82%AC")).containsExactly("n m|a b+c&d=e", "e|€");
        assertThat(pairs("e=%e2%82%ac")).as("lower-case hex").containsExactly("e|€");
    }

    @Test
    void oddShapesFollowTheContainers() {
        assertThat(pairs("a&b=&&=x&c==d&")).containsExactly("a|", "b|", "c|=d");
        assertThat(pairs("")).isEmpty();
        assertThat(pairs("&&&")).isEmpty();
    }

    @Test
    void aPairWithAMalformedEscapeIsSkippedWhole() {
        assertThat(pairs("a=%G1&b=1&c%=2&d=%4&e=%")).containsExactly("b|1");
    }

    @Test
    void theVisitorCanStopEarly() {
        List<String> seen = new ArrayList<>();
        byte[] body = "a=1&b=2&c=3".getBytes(StandardCharsets.UTF_8);
        FormUrlEncoded.forEach(body, body.length, StandardCharsets.UTF_8, (name, value) -> seen.add(name) && !name.equals("b"));
        assertThat(seen).containsExactly("a", "b");
    }
}
