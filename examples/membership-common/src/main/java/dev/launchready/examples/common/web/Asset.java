package dev.launchready.examples.common.web;

/**
 * A static file as served.
 *
 * @param bytes the content; shared, so callers must not change it
 */
public record Asset(String fileName, String contentType, byte[] bytes) {
}
