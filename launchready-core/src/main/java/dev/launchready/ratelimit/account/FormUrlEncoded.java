package dev.launchready.ratelimit.account;

import java.nio.charset.Charset;
import java.util.function.BiPredicate;

/**
 * Decodes {@code application/x-www-form-urlencoded} bodies the way servlet containers do, in one
 * linear pass: pairs split on {@code &}, name and value on the first {@code =}, {@code +} is a space,
 * {@code %XX} a byte, and the bytes are decoded with the charset (malformed bytes become U+FFFD).
 *
 * <p>Decisions that matter for the limiter, which must see what the app's {@code getParameter} sees:
 * <ul>
 * <li>A pair with a malformed escape ({@code %} not followed by two hex digits) is skipped whole, as
 *     Tomcat does. Decoding it leniently would be worse: with {@code email=%zz&email=victim} Tomcat gives
 *     the app {@code victim}, so a lenient limiter would count the attempt against a made-up account.
 *     (Jetty rejects such a body with 400, so the app never sees it at all.)</li>
 * <li>A pair without {@code =} has an empty value; a pair with an empty name is skipped.</li>
 * <li>Every pair is passed on in order, duplicates included; callers choose, and choose the first, as
 *     {@code getParameter} does.</li>
 * </ul>
 */
public final class FormUrlEncoded {

    private FormUrlEncoded() {
    }

    /**
     * Calls {@code pair} with each decoded name and value, in body order, until it returns false.
     * Only the first {@code length} bytes of {@code body} are read (clamped to the array).
     */
    public static void forEach(byte[] body, int length, Charset charset, BiPredicate<String, String> pair) {
        int end = Math.max(0, Math.min(length, body.length));
        Decoder decoder = new Decoder(body, charset);
        int start = 0;
        while (start < end) {
            int amp = indexOf(body, (byte) '&', start, end);
            amp = amp < 0 ? end : amp;
            int eq = indexOf(body, (byte) '=', start, amp);
            int nameEnd = eq < 0 ? amp : eq;
            if (nameEnd > start) {
                String name = decoder.decode(start, nameEnd);
                String value = eq < 0 ? "" : decoder.decode(eq + 1, amp);
                if (name != null && value != null && !pair.test(name, value)) {
                    return;
                }
            }
            start = amp + 1;
        }
    }

    private static int indexOf(byte[] bytes, byte b, int from, int to) {
        for (int i = from; i < to; i++) {
            if (bytes[i] == b) {
                return i;
            }
        }
        return -1;
    }

    /** One reusable scratch buffer per body, so decoding stays linear and allocation-light. */
    private static final class Decoder {
        private final byte[] body;
        private final Charset charset;
        private byte[] scratch = new byte[0];

        Decoder(byte[] body, Charset charset) {
            this.body = body;
            this.charset = charset;
        }

        /** The decoded text of {@code body[from, to)}, or null when an escape is malformed. */
        String decode(int from, int to) {
            int plain = from;
            while (plain < to && body[plain] != '%' && body[plain] != '+') {
                plain++;
            }
            if (plain == to) {
                return new String(body, from, to - from, charset);
            }
            if (scratch.length < to - from) {
                scratch = new byte[Math.max(to - from, scratch.length * 2)];
            }
            int n = 0;
            for (int i = from; i < to; i++) {
                byte b = body[i];
                if (b == '+') {
                    scratch[n++] = ' ';
                } else if (b == '%') {
                    int hi = i + 2 < to ? Character.digit(body[i + 1], 16) : -1;
                    int lo = hi >= 0 ? Character.digit(body[i + 2], 16) : -1;
                    if (lo < 0) {
                        return null;
                    }
                    scratch[n++] = (byte) (hi << 4 | lo);
                    i += 2;
                } else {
                    scratch[n++] = b;
                }
            }
            return new String(scratch, 0, n, charset);
        }
    }
}
