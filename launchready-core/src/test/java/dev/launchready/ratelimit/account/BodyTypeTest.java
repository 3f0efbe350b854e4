package dev.launchready.ratelimit.account;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;

class BodyTypeTest {

    @Test
    void formsAndJsonAreToldApartByMediaTypeOnly() {
        assertThat(BodyType.of("application/x-www-form-urlencoded")).contains(BodyType.FORM);
        assertThat(BodyType.of(" Application/X-WWW-Form-URLEncoded ; charset=UTF-8")).contains(BodyType.FORM);
        assertThat(BodyType.of("application/json")).contains(BodyType.JSON);
        assertThat(BodyType.of("application/problem+json; charset=utf-8")).contains(BodyType.JSON);
        assertThat(BodyType.of("application/jsonx")).isEmpty();
        assertThat(BodyType.of("text/plain")).isEmpty();
        assertThat(BodyType.of(null)).isEmpty();
    }

    @Test
    void theCharsetParameterDefaultsToUtf8() {
        assertThat(BodyType.charset("application/json")).isEqualTo(StandardCharsets.UTF_8);
        assertThat(BodyType.charset("application/json; Charset=\"ISO-8859-1\"")).isEqualTo(StandardCharsets.ISO_8859_1);
        assertThat(BodyType.charset("application/json; q=1; charset=utf-16le")).isEqualTo(StandardCharsets.UTF_16LE);
        assertThat(BodyType.charset("application/json; charset=bogus")).isEqualTo(StandardCharsets.UTF_8);
        assertThat(BodyType.charset("application/json; charset=\u00e9\u00e9")).isEqualTo(StandardCharsets.UTF_8);
        assertThat(BodyType.charset(null)).isEqualTo(StandardCharsets.UTF_8);
    }
}
