/**
 * The HTTPS baseline: HSTS, the one-hop HTTP-to-HTTPS and canonical-host redirect that never loops
 * behind a proxy and never leaves our hosts, and the baseline security headers.
 *
 * <p>The ways in are {@link dev.launchready.https.HttpsRedirects#of} with
 * {@link dev.launchready.https.HttpsRedirects#decide} per request, and
 * {@link dev.launchready.https.SecurityHeaders#of} with {@link dev.launchready.https.SecurityHeaders#forResponse}
 * (or, building nothing per response, {@link dev.launchready.https.SecurityHeaders#defaults} with
 * {@link dev.launchready.https.SecurityHeaders#valueOver}).
 */
package dev.launchready.https;
