package dev.launchready.redis;

import io.lettuce.core.RedisCommandInterruptedException;
import io.lettuce.core.RedisCommandTimeoutException;
import java.net.ConnectException;
import java.net.URI;
import java.net.URLDecoder;
import java.net.UnknownHostException;
import java.nio.channels.ClosedChannelException;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeoutException;

/**
 * Short reasons for Redis failures, for health output and log lines: the innermost cause that says
 * something, one line, clipped, and never the URL's user info or password (raw or decoded).
 */
final class FailureText {

    private static final int MAX_REASON = 160;

    private final Duration timeout;
    private final List<String> secrets;

    FailureText(URI uri, Duration timeout) {
        this.timeout = timeout;
        this.secrets = uri == null ? List.of() : secrets(uri);
    }

    /** A short reason for a failure, from the innermost cause that says something, without secrets. */
    String reason(Throwable failure) {
        List<Throwable> chain = new ArrayList<>();
        for (Throwable t = failure; t != null && !chain.contains(t); t = t.getCause()) {
            chain.add(t);
        }
        for (Throwable t : chain) {
            if (t instanceof TimeoutException || t instanceof RedisCommandTimeoutException) {
                return "no answer within " + timeout.toMillis() + " ms";
            }
            if (t instanceof RedisCommandInterruptedException || t instanceof InterruptedException) {
                return "interrupted";
            }
            if (t instanceof ClosedChannelException) {
                return "connection closed";
            }
            if (t instanceof UnknownHostException) {
                return "unknown host";
            }
            if (t instanceof ConnectException) { // netty's connect timeout is one too
                String message = String.valueOf(t.getMessage());
                String lower = message.toLowerCase(Locale.ROOT);
                if (lower.contains("refused")) {
                    return "connection refused";
                }
                return lower.contains("timed out") ? "no connection within " + timeout.toMillis() + " ms"
                        : "cannot connect: " + mask(firstPart(message));
            }
        }
        Throwable root = chain.get(chain.size() - 1);
        for (int i = chain.size() - 1; i >= 0; i--) {
            if (chain.get(i).getMessage() != null && !(chain.get(i) instanceof ExecutionException)) {
                root = chain.get(i);
                break;
            }
        }
        String message = root.getMessage();
        if (message != null && message.startsWith("NOAUTH")) {
            return "NOAUTH: Redis wants a password, and the URL has none"; // its own text runs to 200 characters
        }
        return mask(message == null || message.isBlank() ? root.getClass().getSimpleName() : message);
    }

    /** One line, clipped, with every form of the URL's credentials replaced by {@code ***}. */
    String mask(String text) {
        String t = text.replaceAll("[\\r\\n\\t]+", " ").trim();
        for (String secret : secrets) {
            t = t.replace(secret, "***");
        }
        return clip(t, MAX_REASON);
    }

    static String clip(String text, int max) {
        return text.length() <= max ? text : text.substring(0, max - 1) + "…";
    }

    /** {@code host:port}, IPv6 literals in brackets: how Redis is named in every output, never by its URL. */
    static String hostAndPort(String host, int port) {
        return (host.indexOf(':') >= 0 && !host.startsWith("[") ? "[" + host + "]" : host) + ":" + port;
    }

    /** Drops the address netty appends ({@code Connection reset: /127.0.0.1:6379}); we say where already. */
    private static String firstPart(String message) {
        int i = message.indexOf(": /");
        return i < 0 ? message : message.substring(0, i);
    }

    /** The URL's user info and password, raw and decoded, to mask wherever they might show up. */
    private static List<String> secrets(URI uri) {
        List<String> secrets = new ArrayList<>();
        String raw = uri.getRawUserInfo();
        if (raw != null && !raw.isEmpty()) {
            int colon = raw.indexOf(':');
            String password = colon < 0 ? raw : raw.substring(colon + 1);
            for (String s : List.of(raw, password, decode(raw), decode(password))) {
                if (!s.isEmpty() && !secrets.contains(s)) {
                    secrets.add(s);
                }
            }
        }
        secrets.sort((a, b) -> b.length() - a.length()); // the longest first, so none is left half masked
        return List.copyOf(secrets);
    }

    private static String decode(String text) {
        try {
            return URLDecoder.decode(text.replace("+", "%2B"), StandardCharsets.UTF_8);
        } catch (IllegalArgumentException e) {
            return text;
        }
    }
}
