/**
 * Who the client is: the address and scheme of the visitor behind a request, read from forwarding
 * headers ({@code Forwarded}, {@code X-Forwarded-For}, {@code X-Forwarded-Proto}, Cloudflare's
 * {@code CF-Connecting-IP} and {@code CF-Visitor}) only when the socket's peer is a trusted proxy, so
 * a spoofed header never wins. Shared by the rate limiter ({@link dev.launchready.client.ClientAddress#limitKey()}),
 * the HTTPS redirect ({@code scheme}) and the metrics.
 *
 * <p>The way in is {@link dev.launchready.client.ClientAddresses#of}, then
 * {@link dev.launchready.client.ClientAddresses#resolve} per request. Everything else here is
 * package-private: a strict IP literal parser that never touches DNS, a CIDR matcher over two longs,
 * the header walkers, and a bounded memory for warn-once log lines.
 */
package dev.launchready.client;
