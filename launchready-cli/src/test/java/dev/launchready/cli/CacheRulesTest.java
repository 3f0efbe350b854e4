package dev.launchready.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class CacheRulesTest {

    private static CacheControl cc(String header) {
        return CacheControl.parse(header.isEmpty() ? List.of() : List.of(header));
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
        "private, no-store | false | PASS",
        "no-store | false | PASS",
        "private | false | PASS",
        "PRIVATE, max-age=0 | false | PASS",
        "private, s-maxage=60 | false | FAIL",
        "public, max-age=300 | false | FAIL",
        "max-age=60 | false | FAIL",
        "no-cache | false | FAIL",
        "'' | false | FAIL",
        "'' | true | FAIL"})
    void memberPagesMustBePrivateOrNoStore(String header, boolean expires, Severity expected) {
        assertThat(CacheRules.member("u", 200, cc(header), expires).severity()).isEqualTo(expected);
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
        "public, max-age=60 | true | FAIL",
        "s-maxage=60 | true | FAIL",
        "public, max-age=60 | false | PASS",
        "private, max-age=60 | true | PASS",
        "no-store | true | PASS",
        "'' | true | PASS"})
    void publicPagesNeverCacheACookie(String header, boolean setsCookie, Severity expected) {
        assertThat(CacheRules.publicPage("u", cc(header), false, setsCookie).severity()).isEqualTo(expected);
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
        "public, max-age=31536000, immutable | PASS",
        "max-age=86400 | PASS",
        "max-age=3600 | WARN",
        "no-cache | WARN",
        "private, max-age=31536000 | WARN",
        "'' | WARN"})
    void assetsShouldBeCachedForADayOrMore(String header, Severity expected) {
        assertThat(CacheRules.asset("u", cc(header)).severity()).isEqualTo(expected);
    }

    @org.junit.jupiter.api.Test
    void parsesRepeatedHeadersQuotedArgumentsAndGarbage() {
        CacheControl parsed = CacheControl.parse(List.of("max-age=\"60\", , public", "no-transform, max-age=oops"));
        assertThat(parsed.seconds("max-age")).isEqualTo(60);
        assertThat(parsed.has("public")).isTrue();
        assertThat(CacheControl.parse(List.of("max-age=oops")).seconds("max-age")).isEqualTo(-1);
    }
}
