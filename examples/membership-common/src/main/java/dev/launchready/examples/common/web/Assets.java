package dev.launchready.examples.common.web;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;

/**
 * The static files, each served under a name that carries its content hash ({@code app.3f9c0a1b2d.css}),
 * so a changed file gets a new URL and an old one can be cached for good.
 *
 * <p>Hashes are computed when the classpath resources are loaded at startup: no build step to forget, and the
 * pages can never link a name that does not match the bytes served.
 */
public final class Assets {

    public static final String PATH_PREFIX = "/assets/";

    /** Hex characters of SHA-256 kept in a name: 40 bits, plenty to tell versions of one file apart. */
    static final int HASH_CHARS = 10;

    private static final String RESOURCE_DIR = "assets/";
    private static final Map<String, String> FINGERPRINTED = Map.of(
            "app.css", "text/css;charset=UTF-8",
            "app.js", "text/javascript;charset=UTF-8",
            "logo.svg", "image/svg+xml");

    private final Map<String, String> pathByLogicalName;
    private final Map<String, Asset> byFingerprintedName;
    private final Asset favicon;
    private final Asset robots;

    private Assets(Map<String, String> pathByLogicalName, Map<String, Asset> byFingerprintedName, Asset favicon,
            Asset robots) {
        this.pathByLogicalName = pathByLogicalName;
        this.byFingerprintedName = byFingerprintedName;
        this.favicon = favicon;
        this.robots = robots;
    }

    public static Assets load() {
        Map<String, String> paths = new LinkedHashMap<>();
        Map<String, Asset> assets = new LinkedHashMap<>();
        for (Map.Entry<String, String> file : FINGERPRINTED.entrySet()) {
            byte[] bytes = read(file.getKey());
            String name = fingerprinted(file.getKey(), bytes);
            paths.put(file.getKey(), PATH_PREFIX + name);
            assets.put(name, new Asset(name, file.getValue(), bytes));
        }
        Asset favicon = new Asset("favicon.ico", "image/x-icon", read("favicon.ico"));
        Asset robots = new Asset("robots.txt", "text/plain;charset=UTF-8", read("robots.txt"));
        return new Assets(Map.copyOf(paths), Map.copyOf(assets), favicon, robots);
    }

    /** The URL path a page should link, e.g. {@code /assets/app.3f9c0a1b2d.css} for {@code app.css}. */
    public String path(String logicalName) {
        String path = pathByLogicalName.get(logicalName);
        if (path == null) {
            throw new IllegalArgumentException("no asset called " + logicalName);
        }
        return path;
    }

    /** @param fingerprintedName the part of the path after {@link #PATH_PREFIX} */
    public Optional<Asset> find(String fingerprintedName) {
        return fingerprintedName == null ? Optional.empty() : Optional.ofNullable(byFingerprintedName.get(fingerprintedName));
    }

    public Asset favicon() {
        return favicon;
    }

    public Asset robots() {
        return robots;
    }

    static String fingerprinted(String logicalName, byte[] bytes) {
        int dot = logicalName.lastIndexOf('.');
        return logicalName.substring(0, dot) + "." + sha256Hex(bytes).substring(0, HASH_CHARS)
                + logicalName.substring(dot);
    }

    private static String sha256Hex(byte[] bytes) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(bytes));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 unavailable", e);
        }
    }

    private static byte[] read(String file) {
        try (InputStream in = Assets.class.getResourceAsStream(RESOURCE_DIR + file)) {
            if (in == null) {
                throw new IllegalStateException("asset missing from the classpath: " + RESOURCE_DIR + file);
            }
            return in.readAllBytes();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
