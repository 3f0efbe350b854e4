package dev.launchready.redact;

import com.google.re2j.Matcher;
import com.google.re2j.Pattern;
import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.atomic.AtomicReferenceArray;
import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;

/**
 * One pass over a line: the prefilter reads every character once; a keyword it finds wakes the one
 * detector that owns it, which reads a bounded stretch around it. Card and IBAN candidates are
 * spotted in the same pass (runs of digits, two capitals and two digits). The app's own rules run
 * afterwards on RE2/J, then the allowlist drops findings it fully matches.
 */
final class Engine {

    private static final int TOKEN = 0;
    private static final int KEY = 1;
    private static final int URL = 2;
    private static final int THIN = 3;
    private static final int MAIL = 4;
    private static final int PEM = 5;
    private static final int JWT = 6;
    private static final int BEARER = 7;
    private static final int CURL = 8;
    private static final int MYSQL = 9;
    private static final int REDIS_CLI = 10;

    /** Chars read into a scan's buffer at a time. */
    static final int CHUNK = 1024;
    /** Kinds of char for the card and IBAN candidates; OTHER and SEP are the ones that are not alphanumeric. */
    private static final int OTHER = 0;
    private static final int SEP = 1;
    private static final int LOWER = 2;
    private static final int UPPER = 3;
    private static final int DIGIT = 4;
    private static final int CLASS_BITS = 0x7F;
    private static final int DIGIT_BIT = 7;
    private static final int KIND_SHIFT = 8;
    private static final int KINDS_MASK = 0x7FFF;
    /** Two capitals and two digits, the start of an IBAN (after a char that is not alphanumeric). */
    private static final int IBAN_START = UPPER << 9 | UPPER << 6 | DIGIT << 3 | DIGIT;
    /** Indexed by the previous and this char's kind: -1 when a run of digit groups goes on (a digit, or a space or dash after a digit). */
    private static final int[] KEEP = new int[64];

    static {
        for (int prev = 0; prev < 8; prev++) {
            KEEP[prev << 3 | DIGIT] = -1;
        }
        KEEP[DIGIT << 3 | SEP] = -1;
    }

    private final Prefilter prefilter;
    /** Per ASCII char: its prefilter class, its kind at {@link #KIND_SHIFT}, and 1 at {@link #DIGIT_BIT} for a digit. */
    private final short[] info = new short[128];
    private final int[] kind;
    private final int[] param;
    private final int[] length;
    private final TokenRule[] tokens;
    private final String[] tokenReplacement;
    private final List<UserRule> userRules;
    private final List<Pattern> allow;
    private final SecretKeySpec emailKey;
    private final boolean emails;
    /**
     * Scans to reuse, so a line allocates nothing. A small pool rather than a ThreadLocal: a ThreadLocal
     * would pin this class (and a web app's class loader) to every container thread after undeploy.
     */
    private final AtomicReferenceArray<Scan> pool = new AtomicReferenceArray<>(POOL);
    private static final int POOL = 32;

    record UserRule(String id, Pattern pattern, String replacement) {
    }

    /** {@code emailKey}: null masks emails as {@code [EMAIL]}; {@code emails} false keeps them. */
    Engine(List<UserRule> userRules, List<Pattern> allow, boolean emails, byte[] emailKey) {
        this.userRules = List.copyOf(userRules);
        this.allow = List.copyOf(allow);
        this.emails = emails;
        this.emailKey = emailKey == null ? null : new SecretKeySpec(emailKey, "HmacSHA256");
        List<String> words = new ArrayList<>();
        List<int[]> meta = new ArrayList<>();
        tokens = TokenRules.ALL.toArray(new TokenRule[0]);
        tokenReplacement = new String[tokens.length];
        for (int i = 0; i < tokens.length; i++) {
            tokenReplacement[i] = ("[REDACTED:" + tokens[i].id() + "]").intern();
            add(words, meta, tokens[i].literal(), TOKEN, i);
        }
        for (String word : KeyValues.KEYWORDS) {
            add(words, meta, word, KEY, 0);
        }
        add(words, meta, "://", URL, 0);
        add(words, meta, "thin:", THIN, 0);
        if (emails) {
            add(words, meta, "@", MAIL, 0);
        }
        add(words, meta, "-----begin", PEM, 0);
        add(words, meta, "eyj", JWT, 0);
        add(words, meta, "bearer ", BEARER, 0);
        add(words, meta, " -u ", CURL, 0);
        add(words, meta, "--user ", CURL, 0);
        add(words, meta, "mysql", MYSQL, 0);
        add(words, meta, "mariadb", MYSQL, 0);
        add(words, meta, "redis-cli", REDIS_CLI, 0);
        prefilter = new Prefilter(words);
        for (char c = 0; c < 128; c++) {
            int k = c == ' ' || c == '-' ? SEP : c >= 'a' && c <= 'z' ? LOWER : c >= 'A' && c <= 'Z' ? UPPER
                    : Chars.digit(c) ? DIGIT : OTHER;
            info[c] = (short) (prefilter.classOf(c) | k << KIND_SHIFT | (k == DIGIT ? 1 << DIGIT_BIT : 0));
        }
        kind = meta.stream().mapToInt(m -> m[0]).toArray();
        param = meta.stream().mapToInt(m -> m[1]).toArray();
        length = words.stream().mapToInt(String::length).toArray();
    }

    private static void add(List<String> words, List<int[]> meta, String word, int kind, int param) {
        words.add(word.toLowerCase(Locale.ROOT));
        meta.add(new int[] {kind, param});
    }

    /** Runs every detector over {@code text}; the caller must {@link #done} the returned scan. */
    Scan scan(CharSequence text) {
        Scan s = take();
        run(s, text);
        return s;
    }

    /**
     * Runs every detector over {@code line} from {@code from} to {@code to}, read in place; findings are
     * relative to {@code from}, and {@code s.window.farthest} says how far the detectors read.
     */
    Scan scan(String line, int from, int to) {
        Scan s = take();
        s.window.reset(line, from, to);
        run(s, s.window);
        return s;
    }

    /** Whether the app added rules of its own: a regular expression may match across any stretch of a line. */
    boolean hasUserRules() {
        return !userRules.isEmpty();
    }

    private Scan take() {
        int slot = (System.identityHashCode(Thread.currentThread()) * 0x9E3779B9) >>> 27; // 0..31
        Scan s = pool.getAndSet(slot, null);
        if (s == null) {
            s = pool.getAndSet(slot ^ 1, null);
            if (s == null) {
                s = new Scan();
            }
        }
        s.slot = slot;
        if (s.ruleSkip == null) {
            s.ruleSkip = new int[tokens.length];
            s.ruleGeneration = new int[tokens.length];
        }
        return s;
    }

    private void run(Scan s, CharSequence text) {
        s.reset(text);
        int n = s.n;
        char[] chunk = s.chunk;
        // The prefilter reads the line in chunks, and between keywords (or card and IBAN candidates) in a
        // loop of its own that calls nothing: see quiet().
        s.row = 0;
        s.kinds = 0;
        s.run = 0;
        s.digits = 0;
        for (int base = 0; base < n; base += CHUNK) {
            int len = Math.min(CHUNK, n - base);
            copy(text, base, len, chunk);
            for (int j = quiet(s, chunk, 0, len); j < len; j = quiet(s, chunk, j + 1, len)) {
                wake(s, chunk, base, j);
            }
        }
        if (s.digits >= 13) {
            card(s, n, s.run, s.digits, s.kinds & 7);
        }
        for (UserRule rule : userRules) {
            Matcher m = rule.pattern().matcher(text);
            while (m.find()) {
                int g = m.groupCount() >= 1 && m.start(1) >= 0 ? 1 : 0; // a group marks the secret part
                s.add(m.start(g), m.end(g), rule.replacement(), 30);
                if (m.end() == m.start() && m.end() >= n) {
                    break;
                }
            }
        }
        if (!allow.isEmpty()) {
            for (int i = s.count - 1; i >= 0; i--) {
                String found = text.subSequence(s.start[i], s.end[i]).toString();
                for (Pattern p : allow) {
                    if (p.matches(found)) {
                        s.remove(i);
                        break;
                    }
                }
            }
        }
    }

    /**
     * Reads {@code chunk} from {@code j} up to the first char that needs a detector (a keyword ends
     * there, a run of digit groups long enough for a card ends, or an IBAN may start) and returns its
     * index, or {@code len}; that char is left for {@link #wake}. Per char: a table read for its class
     * and kind, one for the next state, and arithmetic rather than branches for the card and IBAN
     * candidates, so mixed text (digits, letters, punctuation) mispredicts no branch; and no calls, so
     * the loop stays small. This is where a clean line spends its time.
     */
    private int quiet(Scan s, char[] chunk, int j, int len) {
        int[] step = prefilter.step;
        short[] info = this.info;
        int row = s.row;
        int kinds = s.kinds;
        int run = s.run;
        int digits = s.digits;
        for (; j < len; j++) {
            char c = chunk[j];
            int f = c < 128 ? info[c] : 0;
            int next = step[row + (f & CLASS_BITS)];
            int k = (kinds << 3 | f >>> KIND_SHIFT) & KINDS_MASK;
            int keep = KEEP[k & 0x3F];
            if (next < 0 || (digits >= 13 && keep == 0) || ((k & 0xFFF) == IBAN_START && k >>> 12 <= SEP)) {
                break;
            }
            row = next;
            kinds = k;
            run = (run + 1) & keep;
            digits = (digits + (f >>> DIGIT_BIT & 1)) & keep;
        }
        s.row = row;
        s.kinds = kinds;
        s.run = run;
        s.digits = digits;
        return j;
    }

    /** The char at {@code j} of the chunk read from {@code base}, which {@link #quiet} stopped at: wakes its detectors. */
    private void wake(Scan s, char[] chunk, int base, int j) {
        char c = chunk[j];
        int f = c < 128 ? info[c] : 0;
        int next = prefilter.step[s.row + (f & CLASS_BITS)];
        if (next < 0) {
            next = ~next;
            hits(s, prefilter.foundAtRow(next), base + j);
        }
        s.row = next;
        int kinds = (s.kinds << 3 | f >>> KIND_SHIFT) & KINDS_MASK;
        s.kinds = kinds;
        int keep = KEEP[kinds & 0x3F];
        if (s.digits >= 13 && keep == 0) {
            card(s, base + j, s.run, s.digits, kinds >>> 3 & 7);
        }
        s.run = (s.run + 1) & keep;
        s.digits = (s.digits + (f >>> DIGIT_BIT & 1)) & keep;
        if ((kinds & 0xFFF) == IBAN_START && kinds >>> 12 <= SEP && base + j - 3 >= s.claimedEnd) {
            Numbers.iban(s, base + j - 3);
        }
    }

    /** The run of {@code run} chars ending before {@code at} had {@code digits} digits; a separator may trail it. */
    private static void card(Scan s, int at, int run, int digits, int lastKind) {
        int from = at - run;
        if (from >= s.claimedEnd) {
            Numbers.card(s, from, lastKind == DIGIT ? at : at - 1, digits);
        }
    }

    /** Copies {@code len} chars of {@code text} from {@code from}: in bulk where the type allows it. */
    private static void copy(CharSequence text, int from, int len, char[] to) {
        if (text instanceof String string) {
            string.getChars(from, from + len, to, 0);
        } else if (text instanceof WindowText window) {
            window.line.getChars(window.from + from, window.from + from + len, to, 0);
        } else if (text instanceof StringBuilder builder) {
            builder.getChars(from, from + len, to, 0);
        } else {
            for (int i = 0; i < len; i++) {
                to[i] = text.charAt(from + i);
            }
        }
    }

    void done(Scan s) {
        s.release();
        if (!pool.compareAndSet(s.slot, null, s)) {
            pool.compareAndSet(s.slot ^ 1, null, s);
        }
    }

    private void hits(Scan s, int[] found, int i) {
        for (int t : found) {
            int from = i + 1 - length[t];
            switch (kind[t]) {
                case TOKEN -> {
                    int r = param[t];
                    if (from >= s.tokenClaimEnd && (s.ruleGeneration[r] != s.generation || from >= s.ruleSkip[r])
                            && tokens[r].mayStartAt(s.text, from)) {
                        long m = tokens[r].match(s.text, from);
                        if (m < -1) { // rejected after reading a run: the same literal inside it reads the same run
                            s.ruleSkip[r] = (int) (-2 - m);
                            s.ruleGeneration[r] = s.generation;
                        } else if (m >= 0) {
                            int e = (int) m;
                            s.add((int) (m >>> 32), e, tokenReplacement[param[t]], 10 + length[t]);
                            s.tokenClaimEnd = e;
                            s.claimedEnd = Math.max(s.claimedEnd, e);
                        }
                    }
                }
                case KEY -> {
                    if (from >= s.keySkip && from >= s.claimedEnd) {
                        KeyValues.scan(s, from, i + 1);
                    }
                }
                case URL -> {
                    if (from >= s.claimedEnd) {
                        Urls.userinfo(s, from);
                    }
                }
                case THIN -> {
                    if (from >= s.claimedEnd && from >= s.thinSkip) {
                        Urls.oracle(s, i + 1);
                    }
                }
                case MAIL -> {
                    if (i >= s.mailSkip && i >= s.claimedEnd) {
                        Emails.scan(s, i);
                    }
                }
                case PEM -> {
                    if (from >= s.claimedEnd) {
                        Blocks.privateKey(s, from);
                    }
                }
                case JWT -> {
                    if (from >= s.jwtSkip && from >= s.claimedEnd) {
                        Blocks.jwt(s, from);
                    }
                }
                case BEARER -> {
                    if (from >= s.claimedEnd) {
                        Urls.bearer(s, from, i + 1);
                    }
                }
                case MYSQL -> {
                    if (from >= s.commandSkip) {
                        Urls.mysqlPassword(s, i + 1);
                    }
                }
                case REDIS_CLI -> {
                    if (from >= s.commandSkip) {
                        Urls.redisPassword(s, i + 1);
                    }
                }
                default -> {
                    if (from >= s.claimedEnd) {
                        Urls.curlUser(s, i + 1);
                    }
                }
            }
        }
    }

    /** Copies {@code text} into {@code out} with every finding of {@code s} (merged) replaced. */
    void render(Scan s, StringBuilder out) {
        CharSequence text = s.text;
        int at = 0;
        for (int i = 0; i < s.count; i++) {
            append(out, text, at, s.start[i]);
            String label = s.label[i];
            if (label == Emails.EMAIL && emailKey != null) {
                out.append("[EMAIL:").append(hash(text.subSequence(s.start[i], s.end[i]))).append(']');
            } else {
                out.append(label);
            }
            at = s.end[i];
        }
        append(out, text, at, s.n);
    }

    private static void append(StringBuilder out, CharSequence text, int from, int to) {
        if (text instanceof WindowText window) {
            out.append(window.line, window.from + from, window.from + to);
        } else {
            out.append(text, from, to);
        }
    }

    private String hash(CharSequence email) {
        try {
            Mac mac = Mac.getInstance("HmacSHA256");
            mac.init(emailKey);
            byte[] digest = mac.doFinal(email.toString().toLowerCase(Locale.ROOT).getBytes(StandardCharsets.UTF_8));
            return HexFormat.of().formatHex(digest, 0, 6);
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("HmacSHA256 is part of every JDK", e);
        }
    }

    boolean masksEmails() {
        return emails;
    }
}
