package dev.launchready.examples.servlet;

import dev.launchready.examples.common.stripe.StripeWebhook;
import dev.launchready.examples.common.stripe.WebhookReply;
import dev.launchready.examples.common.web.JsonBodies;
import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;

/** Stripe's calls; the signature is checked over the raw bytes, so the body is read as-is, never as a form. */
final class StripeWebhookServlet extends HttpServlet {

    private final transient StripeWebhook webhook;

    StripeWebhookServlet(StripeWebhook webhook) {
        this.webhook = webhook;
    }

    @Override
    protected void doPost(HttpServletRequest request, HttpServletResponse response) throws IOException {
        byte[] body = Params.body(request);
        if (body == null) {
            Replies.json(response, 413, JsonBodies.error("event too large"));
            return;
        }
        WebhookReply reply = webhook.receive(request.getHeader(StripeWebhook.SIGNATURE_HEADER), body, Params.headers(request));
        Replies.json(response, reply.status(), reply.json());
    }
}
