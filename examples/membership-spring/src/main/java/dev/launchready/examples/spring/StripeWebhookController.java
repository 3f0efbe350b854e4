package dev.launchready.examples.spring;

import dev.launchready.examples.common.Membership;
import dev.launchready.examples.common.stripe.StripeWebhook;
import dev.launchready.examples.common.stripe.WebhookReply;
import dev.launchready.examples.common.web.JsonBodies;
import jakarta.servlet.http.HttpServletRequest;
import java.io.IOException;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.PostMapping;

/** Stripe's calls; the signature covers the raw bytes, so the body is read as-is, never bound or parsed first. */
@Controller
class StripeWebhookController {

    private final StripeWebhook webhook;

    StripeWebhookController(Membership membership) {
        this.webhook = membership.stripeWebhook();
    }

    @PostMapping("/webhooks/stripe")
    ResponseEntity<String> receive(HttpServletRequest request) throws IOException {
        byte[] body = Requests.body(request);
        if (body == null) {
            return Replies.json(413, JsonBodies.error("event too large"));
        }
        WebhookReply reply = webhook.receive(request.getHeader(StripeWebhook.SIGNATURE_HEADER), body,
                Requests.headers(request));
        return Replies.json(reply.status(), reply.json());
    }
}
