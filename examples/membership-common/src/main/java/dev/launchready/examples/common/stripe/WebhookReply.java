package dev.launchready.examples.common.stripe;

/** The status and JSON body to answer a webhook with. */
public record WebhookReply(int status, String json) {
}
