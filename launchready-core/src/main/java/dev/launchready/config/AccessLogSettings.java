package dev.launchready.config;

/**
 * The opt-in access log: one line per request on the {@code launchready.access} logger.
 *
 * @param enabled whether the line is written ({@code launchready.access-log.enabled}, off by default:
 *     most hosts already log requests at the proxy)
 */
public record AccessLogSettings(boolean enabled) {
}
