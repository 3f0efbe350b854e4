package dev.launchready.redis;

import dev.launchready.ratelimit.store.Decision;
import dev.launchready.ratelimit.store.Gcra;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.List;

/**
 * The Lua half of the Redis store: for one key, it reads the theoretical arrival time (TAT) and the server's
 * {@code TIME}, compares as core's {@link Gcra} does, and on an allowed take writes the new TAT with
 * {@code SET … PX} expiring exactly when the key is back to a full burst. It answers the allowed flag and how
 * far the TAT lay ahead; {@link #decision} hands that reading to {@link Gcra#decide}, so core decides and the
 * script only mirrors its comparison (a disagreement is a bug, reported as a store failure).
 *
 * <p>Lua numbers are doubles, exact only below 2^53, and nanoseconds since 1970 are past that. So times and
 * durations travel as whole seconds plus nanoseconds (the TAT is stored as {@code "seconds nanos"}) and every
 * number the script computes stays an exact integer, for any window up to {@link Gcra#MAX_SPAN}.
 */
final class GcraScript {

    static final String TAKE = "t";
    static final String PEEK = "p";

    static final String SOURCE = """
            -- LaunchReady GCRA (see GcraScript.java). KEYS[1]: the key. ARGV: mode (t take, p peek), interval
            -- seconds, interval nanos, span seconds, span nanos[, now seconds, now micros (tests only)].
            local G = 1000000000
            local now_s, now_n
            if ARGV[6] then
              now_s, now_n = tonumber(ARGV[6]), tonumber(ARGV[7]) * 1000
            else
              local t = redis.call('TIME')
              now_s, now_n = tonumber(t[1]), tonumber(t[2]) * 1000
            end
            local a_s, a_n = 0, 0
            local tat = redis.call('GET', KEYS[1])
            if tat then
              local sep = string.find(tat, ' ', 1, true)
              local t_s = sep and tonumber(string.sub(tat, 1, sep - 1))
              local t_n = sep and tonumber(string.sub(tat, sep + 1))
              if t_s and t_n then
                a_s, a_n = t_s - now_s, t_n - now_n
                if a_n < 0 then a_s, a_n = a_s - 1, a_n + G end
              end
            end
            if ARGV[1] ~= 't' then return {0, a_s, a_n} end
            local f_s, f_n = 0, 0
            if a_s >= 0 then f_s, f_n = a_s, a_n end
            f_s, f_n = f_s + tonumber(ARGV[2]), f_n + tonumber(ARGV[3])
            if f_n >= G then f_s, f_n = f_s + 1, f_n - G end
            local s_s, s_n = tonumber(ARGV[4]), tonumber(ARGV[5])
            if f_s > s_s or (f_s == s_s and f_n > s_n) then return {0, a_s, a_n} end
            local n_s, n_n = now_s + f_s, now_n + f_n
            if n_n >= G then n_s, n_n = n_s + 1, n_n - G end
            redis.call('SET', KEYS[1], string.format('%.0f %.0f', n_s, n_n),
              'PX', string.format('%.0f', f_s * 1000 + math.ceil(f_n / 1000000)))
            return {1, a_s, a_n}
            """;

    static final String SHA1 = sha1(SOURCE);

    private static final long G = 1_000_000_000L;

    private GcraScript() {
    }

    /** ARGV for one call; {@code nowMicros} below zero means the server's {@code TIME}. */
    static String[] args(String mode, Gcra gcra, long nowMicros) {
        String[] base = {mode, Long.toString(gcra.interval() / G), Long.toString(gcra.interval() % G),
            Long.toString(gcra.span() / G), Long.toString(gcra.span() % G)};
        if (nowMicros < 0) {
            return base;
        }
        return new String[] {base[0], base[1], base[2], base[3], base[4], Long.toString(nowMicros / 1_000_000),
            Long.toString(nowMicros % 1_000_000)};
    }

    /**
     * Core's decision from the script's reply {@code [allowed, ahead seconds, ahead nanos]}.
     *
     * @param take whether the call was a take (the script's allowed flag is then checked against core's)
     */
    static Decision decision(Gcra gcra, Object reply, boolean take) {
        if (!(reply instanceof List<?> list) || list.size() != 3 || !(list.get(0) instanceof Long allowed)
                || !(list.get(1) instanceof Long seconds) || !(list.get(2) instanceof Long nanos)) {
            throw new IllegalStateException("unexpected reply from the rate-limit script: " + reply);
        }
        long ahead;
        try {
            ahead = Math.addExact(Math.multiplyExact(seconds, G), nanos);
        } catch (ArithmeticException tooFar) {
            ahead = seconds < 0 ? Long.MIN_VALUE : Long.MAX_VALUE;
        }
        Decision decision = gcra.decide(ahead);
        if (take && decision.allowed() != (allowed == 1L)) {
            throw new IllegalStateException("the rate-limit script and core disagree at ahead=" + ahead + "ns");
        }
        return decision;
    }

    private static String sha1(String text) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-1").digest(text.getBytes(StandardCharsets.UTF_8)));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-1 is missing from this JVM", e);
        }
    }
}
