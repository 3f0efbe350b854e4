package dev.launchready.config;

import java.time.Duration;
import java.util.List;
import java.util.Optional;

/**
 * HSTS and the HTTPS/canonical-host redirect ({@code launchready.https.*}).
 *
 * @param hsts whether HTTPS responses get {@code Strict-Transport-Security}
 * @param hstsMaxAge its {@code max-age}
 * @param includeSubDomains whether HSTS covers every subdomain too
 * @param preload whether HSTS asks to be preloaded into browsers (needs includeSubDomains and a year)
 * @param redirect whether plain-HTTP requests and alias hosts are redirected (only with a host set)
 * @param host the canonical host redirects lead to; empty: no redirects
 * @param aliases other host names of ours that redirect to the canonical host
 * @param port the HTTPS port redirect targets name (443 is left out of the URL)
 * @param exemptPaths paths never redirected (webhooks); ACME challenges and health endpoints always are
 */
public record HttpsSettings(boolean hsts, Duration hstsMaxAge, boolean includeSubDomains, boolean preload,
        boolean redirect, Optional<String> host, List<String> aliases, int port, List<String> exemptPaths) {

    public HttpsSettings {
        aliases = List.copyOf(aliases);
        exemptPaths = List.copyOf(exemptPaths);
    }
}
