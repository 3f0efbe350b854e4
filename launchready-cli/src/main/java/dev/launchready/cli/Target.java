package dev.launchready.cli;

import java.net.URI;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;

/**
 * What to audit, from the command line.
 *
 * @param site the URL the user calls canonical, e.g. {@code https://example.com} (may carry a port)
 * @param apex the registrable name, e.g. {@code example.com}
 * @param www the www name, or null when the site has none ({@code --www none})
 * @param httpPort where plain HTTP answers: 80, or {@code --http-port} for a staging or test setup
 * @param subdomains full names of the subdomains to check, e.g. {@code app.example.com}
 * @param mailDomain the sending domain; null: skip the email checks
 * @param dkimSelectors selectors to try first, before the common ones
 * @param memberUrl a members-only page, or null
 * @param memberCookie a {@code Cookie} header value that logs in, or null
 * @param memberToken a bearer token that logs in, or null
 * @param latencyPaths the paths to time, the start page first
 * @param maxP95 the p95 budget, or null
 * @param baseline an earlier JSON report to compare p95 against, or null
 * @param healthPath the health endpoint, or null to try the usual ones
 */
record Target(URI site, String apex, String www, int httpPort, List<String> subdomains, String mailDomain,
        List<String> dkimSelectors, URI memberUrl, String memberCookie, String memberToken, List<String> latencyPaths,
        int samples, Duration maxP95, Path baseline, List<Smoke> smokes, String healthPath, int tlsWarnDays,
        int tlsFailDays) {

    int httpsPort() {
        return site.getPort() == -1 ? 443 : site.getPort();
    }

    String host() {
        return site.getHost();
    }

    /** The site's origin with another host or scheme, keeping the port mapping. */
    URI origin(String scheme, String host) {
        int port = scheme.equals("https") ? httpsPort() : httpPort;
        boolean standard = port == (scheme.equals("https") ? 443 : 80);
        return URI.create(scheme + "://" + host + (standard ? "" : ":" + port) + "/");
    }

    /** apex first, then www when there is one. */
    List<String> hosts() {
        return www == null ? List.of(apex) : List.of(apex, www);
    }
}
