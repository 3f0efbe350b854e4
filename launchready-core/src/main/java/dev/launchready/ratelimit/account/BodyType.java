package dev.launchready.ratelimit.account;

import java.nio.charset.Charset;
import java.nio.charset.IllegalCharsetNameException;
import java.nio.charset.StandardCharsets;
import java.nio.charset.UnsupportedCharsetException;
import java.util.Locale;
import java.util.Optional;

/**
 * The request bodies LaunchReady looks into, told apart by their {@code Content-Type}. Shared by the
 * limiter and the servlet wrapper so both agree on what counts as a form and which charset applies.
 */
public enum BodyType {
    /** {@code application/x-www-form-urlencoded}. */
    FORM,
    /** {@code application/json} and any {@code application/*+json}. */
    JSON;

    /** The body type of a {@code Content-Type} header value; empty for anything else, or none. */
    public static Optional<BodyType> of(String contentType) {
        if (contentType == null) {
            return Optional.empty();
        }
        int semicolon = contentType.indexOf(';');
        String mediaType = (semicolon < 0 ? contentType : contentType.substring(0, semicolon)).strip()
                .toLowerCase(Locale.ROOT);
        if (mediaType.equals("application/x-www-form-urlencoded")) {
            return Optional.of(FORM);
        }
        if (mediaType.equals("application/json")
                || (mediaType.startsWith("application/") && mediaType.endsWith("+json"))) {
            return Optional.of(JSON);
        }
        return Optional.empty();
    }

    /**
     * The {@code charset} parameter of a {@code Content-Type}, else UTF-8. An unknown or illegal name also
     * gives UTF-8: an app that cannot decode the body will not log anyone in, and one that ignores the
     * parameter decodes UTF-8, so this never lets a made-up charset hide the account from the limiter.
     */
    public static Charset charset(String contentType) {
        if (contentType == null) {
            return StandardCharsets.UTF_8;
        }
        String[] parts = contentType.split(";");
        for (int i = 1; i < parts.length; i++) {
            String param = parts[i].strip();
            int eq = param.indexOf('=');
            if (eq > 0 && param.substring(0, eq).strip().equalsIgnoreCase("charset")) {
                return named(unquote(param.substring(eq + 1).strip()));
            }
        }
        return StandardCharsets.UTF_8;
    }

    /** A charset by name, UTF-8 when the name is null, unknown or illegal (see {@link #charset}). */
    public static Charset named(String name) {
        if (name == null || name.isBlank()) {
            return StandardCharsets.UTF_8;
        }
        try {
            return Charset.forName(name.strip());
        } catch (IllegalCharsetNameException | UnsupportedCharsetException e) {
            return StandardCharsets.UTF_8;
        }
    }

    private static String unquote(String value) {
        return value.length() >= 2 && value.startsWith("\"") && value.endsWith("\"")
                ? value.substring(1, value.length() - 1) : value;
    }
}
