/** Receiving Stripe webhooks: signature checks in Stripe's own scheme, then the event. */
package dev.launchready.examples.common.stripe;
