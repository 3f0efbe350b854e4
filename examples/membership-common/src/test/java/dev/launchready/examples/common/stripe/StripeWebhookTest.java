package dev.launchready.examples.common.stripe;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class StripeWebhookTest {

    private static final String SECRET = "whsec_test_secret";
    private static final long NOW = 1_795_000_000L;
    private static final Map<String, List<String>> HEADERS = Map.of("Content-Type", List.of("application/json"));

    private final StripeWebhook webhook = new StripeWebhook(
            new StripeSignature(SECRET, Clock.fixed(Instant.ofEpochSecond(NOW), ZoneOffset.UTC)));

    @Test
    void acceptsASignedEvent() {
        byte[] body = bytes("{\"id\":\"evt_1\",\"type\":\"checkout.session.completed\",\"data\":{\"object\":{}}}");

        WebhookReply reply = webhook.receive(StripeSignature.sign(SECRET, NOW, body), body, HEADERS);

        assertThat(reply).isEqualTo(new WebhookReply(200, "{\"received\":true}"));
    }

    @Test
    void answersBadRequestForABadSignature() {
        byte[] body = bytes("{\"type\":\"invoice.paid\"}");

        assertThat(webhook.receive(null, body, HEADERS).status()).isEqualTo(400);
        assertThat(webhook.receive("t=1,v1=00", body, HEADERS).status()).isEqualTo(400);
        assertThat(webhook.receive(StripeSignature.sign("whsec_wrong", NOW, body), body, HEADERS).status()).isEqualTo(400);
    }

    @Test
    void answersBadRequestForASignedBodyThatIsNotAnEvent() {
        for (String body : List.of("not json", "[]", "{\"id\":\"evt_1\"}", "{\"type\":\"\"}", "{\"type\":7}")) {
            byte[] bytes = bytes(body);
            WebhookReply reply = webhook.receive(StripeSignature.sign(SECRET, NOW, bytes), bytes, HEADERS);
            assertThat(reply.status()).as(body).isEqualTo(400);
        }
    }

    private static byte[] bytes(String text) {
        return text.getBytes(StandardCharsets.UTF_8);
    }
}
