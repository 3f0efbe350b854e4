package dev.launchready.trace;

import dev.launchready.config.TraceSettings;
import java.nio.charset.StandardCharsets;
import java.util.Objects;
import java.util.concurrent.ThreadLocalRandom;

/**
 * Chooses the ID of a request: the one a trusted proxy sent ({@code X-Request-Id}, else the trace ID of
 * a W3C {@code traceparent}) when it is safe to put in a log line, otherwise a new one.
 *
 * <p>Why so strict about incoming IDs: they end up verbatim in every log line of the request, so a
 * client choosing one could forge log lines ({@code \r\n}), blow up line length, or make two requests
 * look like one. Only a trusted proxy's ID is taken, and only 1 to {@value #MAX_LENGTH} characters of
 * letters, digits and {@code - _ . : + / =} (UUIDs, hex, ULIDs, base64 IDs, Heroku's and nginx's
 * {@code $request_id}); anything else is replaced, never trimmed into shape.
 */
public final class RequestIds {

    /** The MDC key every log line of a request carries its ID under. */
    public static final String MDC_KEY = "requestId";
    static final int MAX_LENGTH = 64;
    /** 20 characters of Crockford base32: 100 random bits, no look-alike letters, safe in URLs and logs. */
    static final int GENERATED_LENGTH = 20;
    private static final byte[] ALPHABET = "0123456789abcdefghjkmnpqrstvwxyz".getBytes(StandardCharsets.US_ASCII);
    private static final boolean[] SAFE = new boolean[128];
    /** Scratch space, so the ID string is the only allocation; never escapes the thread. */
    private static final ThreadLocal<byte[]> SCRATCH = ThreadLocal.withInitial(() -> new byte[GENERATED_LENGTH]);

    static {
        for (char c = '0'; c <= '9'; c++) {
            SAFE[c] = true;
        }
        for (char c = 'a'; c <= 'z'; c++) {
            SAFE[c] = true;
            SAFE[Character.toUpperCase(c)] = true;
        }
        for (char c : "-_.:+/=".toCharArray()) {
            SAFE[c] = true;
        }
    }

    private final String header;

    private RequestIds(String header) {
        this.header = header;
    }

    public static RequestIds of(TraceSettings settings) {
        return new RequestIds(Objects.requireNonNull(settings, "settings").requestIdHeader());
    }

    /** The header an ID is read from and returned in ({@code X-Request-Id} unless configured). */
    public String header() {
        return header;
    }

    /**
     * @param sent the value of {@link #header()}, or null
     * @param traceparent the W3C {@code traceparent} header, or null
     * @param fromTrustedProxy whether the socket's peer is a trusted proxy; anything else is ignored
     */
    public String choose(String sent, String traceparent, boolean fromTrustedProxy) {
        if (fromTrustedProxy) {
            if (safe(sent)) {
                return sent;
            }
            String traceId = traceId(traceparent);
            if (traceId != null) {
                return traceId;
            }
        }
        return generate();
    }

    /** A new ID; one small allocation (the string). */
    public String generate() {
        ThreadLocalRandom random = ThreadLocalRandom.current();
        long high = random.nextLong();
        long low = random.nextLong();
        byte[] out = SCRATCH.get();
        for (int i = 0; i < 10; i++) {
            out[i] = ALPHABET[(int) (high >>> (i * 5)) & 31];
            out[10 + i] = ALPHABET[(int) (low >>> (i * 5)) & 31];
        }
        return new String(out, StandardCharsets.US_ASCII);
    }

    static boolean safe(String id) {
        if (id == null || id.isEmpty() || id.length() > MAX_LENGTH) {
            return false;
        }
        for (int i = 0; i < id.length(); i++) {
            char c = id.charAt(i);
            if (c >= 128 || !SAFE[c]) {
                return false;
            }
        }
        return true;
    }

    /**
     * The trace ID of a version-00-shaped {@code traceparent} ({@code 00-<32 hex>-<16 hex>-<2 hex>}), or
     * null. Per the W3C spec, an all-zero trace ID and version {@code ff} are invalid; a higher version
     * may append fields after a dash.
     */
    static String traceId(String traceparent) {
        if (traceparent == null || traceparent.length() < 55) {
            return null;
        }
        String t = traceparent.trim();
        if (t.length() < 55 || (t.length() > 55 && (t.startsWith("00") || t.charAt(55) != '-'))
                || t.charAt(2) != '-' || t.charAt(35) != '-' || t.charAt(52) != '-'
                || !lowerHex(t, 0, 2) || t.startsWith("ff") || !lowerHex(t, 3, 35) || !lowerHex(t, 36, 52)
                || !lowerHex(t, 53, 55)) {
            return null;
        }
        String traceId = t.substring(3, 35);
        return traceId.equals("00000000000000000000000000000000") ? null : traceId;
    }

    private static boolean lowerHex(String s, int from, int to) {
        for (int i = from; i < to; i++) {
            char c = s.charAt(i);
            if (!((c >= '0' && c <= '9') || (c >= 'a' && c <= 'f'))) {
                return false;
            }
        }
        return true;
    }
}
