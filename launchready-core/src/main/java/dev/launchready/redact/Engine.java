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

    private final Prefilter prefilter;
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
        prefilter = new Prefilter(words);
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
        s.reset(text);
        int n = s.n;
        int[] step = prefilter.step;
        byte[] classOf = Prefilter.CLASS_OF;
        int row = 0;
        int digits = 0;
        int runStart = 0;
        int lastDigit = -1;
        boolean prevAlnum = false;
        for (int i = 0; i < n; i++) {
            char c = text.charAt(i);
            int next = step[row + (c < 128 ? classOf[c] : 0)];
            if (next < 0) {
                next = ~next;
                hits(s, prefilter.foundAtRow(next), i);
            }
            row = next;
            if (c > 'Z') { // lower case letters and everything above: no digit, no IBAN start
                if (digits > 0) {
                    digits = endRun(s, digits, runStart, lastDigit);
                }
                prevAlnum = c >= 'a' && c <= 'z';
                continue;
            }
            if (c >= '0' && c <= '9') {
                if (digits == 0) {
                    runStart = i;
                }
                digits++;
                lastDigit = i;
            } else if (digits > 0 && (c == ' ' || c == '-') && lastDigit == i - 1) {
                // a group separator: the run goes on if a digit follows
            } else {
                if (digits > 0) {
                    digits = endRun(s, digits, runStart, lastDigit);
                }
                if (c >= 'A' && !prevAlnum && i + 3 < n && i >= s.claimedEnd) {
                    char c1 = text.charAt(i + 1);
                    if (c1 >= 'A' && c1 <= 'Z' && Chars.digit(text.charAt(i + 2)) && Chars.digit(text.charAt(i + 3))) {
                        Numbers.iban(s, i);
                    }
                }
            }
            prevAlnum = Chars.alnum(c);
        }
        if (digits >= 13 && runStart >= s.claimedEnd) {
            Numbers.card(s, runStart, lastDigit + 1, digits);
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
        return s;
    }

    private static int endRun(Scan s, int digits, int runStart, int lastDigit) {
        if (digits >= 13 && runStart >= s.claimedEnd) {
            Numbers.card(s, runStart, lastDigit + 1, digits);
        }
        return 0;
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
                    if (from >= s.tokenClaimEnd && (s.ruleGeneration[r] != s.generation || from >= s.ruleSkip[r])) {
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
            out.append(text, at, s.start[i]);
            String label = s.label[i];
            if (label == Emails.EMAIL && emailKey != null) {
                out.append("[EMAIL:").append(hash(text.subSequence(s.start[i], s.end[i]))).append(']');
            } else {
                out.append(label);
            }
            at = s.end[i];
        }
        out.append(text, at, s.n);
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
