package dev.launchready.examples.common.stripe;

import dev.launchready.examples.common.web.JsonBodies;
import dev.launchready.examples.common.web.JsonFields;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/** Receives a Stripe event: checks the signature first, then reads the event type. */
public final class StripeWebhook {

    public static final String SIGNATURE_HEADER = "Stripe-Signature";

    private static final Logger log = LoggerFactory.getLogger(StripeWebhook.class);

    private final StripeSignature signature;

    public StripeWebhook(StripeSignature signature) {
        this.signature = signature;
    }

    /**
     * @param signatureHeader the {@code Stripe-Signature} header, null when absent
     * @param body the raw request body, exactly as received: the signature covers these bytes
     * @param headers every request header, only for the log line
     */
    public WebhookReply receive(String signatureHeader, byte[] body, Map<String, List<String>> headers) {
        StripeSignature.Verdict verdict = signature.verify(signatureHeader, body);
        if (verdict != StripeSignature.Verdict.VALID) {
            log.warn("stripe webhook rejected: signature {}", verdict);
            return new WebhookReply(400, JsonBodies.error("invalid signature"));
        }
        Optional<String> type = JsonFields.topLevelStrings(body).map(fields -> fields.get("type"));
        if (type.isEmpty() || type.get().isBlank()) {
            log.warn("stripe webhook rejected: signed body is not an event");
            return new WebhookReply(400, JsonBodies.error("malformed event"));
        }
        // All headers, cookies and tokens included: the hurried founder's habit LaunchReady's redaction is for.
        log.info("stripe event {} received with headers {}", type.get(), headers);
        log.info("stripe webhook payload {}", new String(body, StandardCharsets.UTF_8));
        return new WebhookReply(200, JsonBodies.received());
    }
}
