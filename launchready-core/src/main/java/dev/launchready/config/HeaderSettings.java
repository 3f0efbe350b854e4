package dev.launchready.config;

/**
 * Baseline security headers ({@code launchready.headers.*}). None replaces a header the app set
 * unless {@code override} says so.
 *
 * @param contentTypeOptions whether {@code X-Content-Type-Options: nosniff} is sent
 * @param referrerPolicy the {@code Referrer-Policy} value; empty: not sent
 * @param frameOptions who may frame the pages
 * @param upgradeInsecureRequests whether HTTPS pages get CSP {@code upgrade-insecure-requests}
 * @param override whether these replace the app's own values
 */
public record HeaderSettings(boolean contentTypeOptions, String referrerPolicy, FrameOptions frameOptions,
        boolean upgradeInsecureRequests, boolean override) {
}
