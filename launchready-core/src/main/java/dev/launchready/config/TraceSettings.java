package dev.launchready.config;

import java.util.Optional;

/**
 * What lets one failed request be found in the logs: request IDs, safe error pages and the release tag.
 *
 * @param requestIdEnabled whether each request gets an ID in the MDC ({@code requestId}) and the response
 * @param requestIdHeader the header an ID is read from (trusted proxies only) and returned in
 * @param errorPagesEnabled whether an escaped exception or a bodiless 5xx gets the short reference page
 * @param releaseVersion the version to report instead of the detected one
 * @param releaseCommit the commit to report instead of the detected one
 */
public record TraceSettings(boolean requestIdEnabled, String requestIdHeader, boolean errorPagesEnabled,
        Optional<String> releaseVersion, Optional<String> releaseCommit) {
}
