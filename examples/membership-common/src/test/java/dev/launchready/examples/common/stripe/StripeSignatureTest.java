package dev.launchready.examples.common.stripe;

import static org.assertj.core.api.Assertions.assertThat;

import dev.launchready.examples.common.stripe.StripeSignature.Verdict;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.NullAndEmptySource;
import org.junit.jupiter.params.provider.ValueSource;

class StripeSignatureTest {

    private static final String SECRET = "whsec_test_secret";
    private static final long NOW = 1_795_000_000L;
    private static final byte[] BODY = "{\"id\":\"evt_1\",\"type\":\"invoice.paid\"}".getBytes(StandardCharsets.UTF_8);

    private final StripeSignature signature =
            new StripeSignature(SECRET, Clock.fixed(Instant.ofEpochSecond(NOW), ZoneOffset.UTC));

    @Test
    void acceptsWhatStripeSigned() {
        assertThat(signature.verify(StripeSignature.sign(SECRET, NOW, BODY), BODY)).isEqualTo(Verdict.VALID);
    }

    @Test
    void matchesAVectorComputedIndependently() {
        // HMAC-SHA256("whsec_test_secret", "1795000000.{}") from Python's hmac module.
        String header = "t=1795000000,v1=" + "75efa4fc275c5bc35e5909773e8be54d738edd7e1aa75226c9775d66159b2548";
        byte[] body = "{}".getBytes(StandardCharsets.UTF_8);

        assertThat(StripeSignature.sign(SECRET, NOW, body)).isEqualTo(header);
        assertThat(signature.verify(header, body)).isEqualTo(Verdict.VALID);
    }

    @Test
    void acceptsWhenAnyOfSeveralSignaturesMatches() {
        // Stripe sends two v1 signatures while an endpoint secret is being rolled.
        String valid = StripeSignature.sign(SECRET, NOW, BODY);
        String header = "t=" + NOW + ",v1=" + "0".repeat(64) + "," + valid.substring(valid.indexOf("v1=")) + ",v0=abc";

        assertThat(signature.verify(header, BODY)).isEqualTo(Verdict.VALID);
    }

    @Test
    void rejectsATamperedBody() {
        byte[] tampered = "{\"id\":\"evt_1\",\"type\":\"invoice.paid \"}".getBytes(StandardCharsets.UTF_8);

        assertThat(signature.verify(StripeSignature.sign(SECRET, NOW, BODY), tampered)).isEqualTo(Verdict.MISMATCH);
    }

    @Test
    void rejectsTheWrongSecret() {
        assertThat(signature.verify(StripeSignature.sign("whsec_other", NOW, BODY), BODY)).isEqualTo(Verdict.MISMATCH);
    }

    @Test
    void rejectsATimestampOlderThanFiveMinutes() {
        long old = NOW - StripeSignature.TOLERANCE.toSeconds() - 1;

        assertThat(signature.verify(StripeSignature.sign(SECRET, old, BODY), BODY)).isEqualTo(Verdict.OUTSIDE_TOLERANCE);
        assertThat(signature.verify(StripeSignature.sign(SECRET, old + 1, BODY), BODY)).isEqualTo(Verdict.VALID);
    }

    @Test
    void rejectsATimestampFarInTheFuture() {
        long future = NOW + StripeSignature.TOLERANCE.toSeconds() + 1;

        assertThat(signature.verify(StripeSignature.sign(SECRET, future, BODY), BODY)).isEqualTo(Verdict.OUTSIDE_TOLERANCE);
    }

    @Test
    void rejectsASignatureMovedToAnotherTimestamp() {
        String valid = StripeSignature.sign(SECRET, NOW, BODY);
        String moved = valid.replace("t=" + NOW, "t=" + (NOW - 10));

        assertThat(signature.verify(moved, BODY)).isEqualTo(Verdict.MISMATCH);
    }

    @ParameterizedTest
    @NullAndEmptySource
    @ValueSource(strings = {" "})
    void saysWhenTheHeaderIsMissing(String header) {
        assertThat(signature.verify(header, BODY)).isEqualTo(Verdict.MISSING);
    }

    @ParameterizedTest
    @ValueSource(strings = {
        "garbage",
        "t=1795000000",
        "v1=75efa4fc275c5bc35e5909773e8be54d738edd7e1aa75226c9775d66159b2548",
        "t=,v1=75efa4fc275c5bc35e5909773e8be54d738edd7e1aa75226c9775d66159b2548",
        "t=-5,v1=75efa4fc275c5bc35e5909773e8be54d738edd7e1aa75226c9775d66159b2548",
        "t=99999999999999999999,v1=75efa4fc275c5bc35e5909773e8be54d738edd7e1aa75226c9775d66159b2548",
        "t=1795000000,v1=zz",
        "t=1795000000,v1=zzefa4fc3929db2e6b6bda9e7dd30bd9c7f8e4ddcd4e3c0f0ee1fc1bb2c59fde",
        "t=1795000000,v1",
        "t=1795000000,,v1=75efa4fc275c5bc35e5909773e8be54d738edd7e1aa75226c9775d66159b2548",
        "=,=",
        ",,,"
    })
    void saysWhenTheHeaderIsMalformedWithoutThrowing(String header) {
        assertThat(signature.verify(header, BODY)).isEqualTo(Verdict.MALFORMED);
    }

    @Test
    void treatsAMissingBodyAsEmpty() {
        String header = StripeSignature.sign(SECRET, NOW, new byte[0]);

        assertThat(signature.verify(header, null)).isEqualTo(Verdict.VALID);
    }
}
