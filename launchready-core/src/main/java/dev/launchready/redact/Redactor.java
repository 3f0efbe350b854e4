package dev.launchready.redact;

import com.google.re2j.Pattern;
import dev.launchready.config.EmailRedaction;
import dev.launchready.config.LaunchReadySettings;
import dev.launchready.config.RedactSettings;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Replaces secrets and personal data in a line of text with a label saying what was removed:
 * {@code Authorization: Bearer [REDACTED:authorization]}, {@code postgres://app:[REDACTED:url-password]@db/app},
 * {@code [REDACTED:stripe-secret-key]}, {@code [EMAIL]}. The rest of the line is kept.
 *
 * <p>Built-in rule families: provider token formats (cloud, version control, payment, email, chat,
 * AI, package registries; checksums decide where the format has one), PEM private keys (across
 * lines, escaped, cut short), JWTs, {@code Authorization}/{@code Cookie}/{@code Set-Cookie} and
 * API-key headers, URL userinfo and secret query parameters, connection strings, secret-named
 * key-values in every common spelling, emails, card numbers (issuer prefix and Luhn) and IBANs
 * (mod 97).
 *
 * <p>Immutable and thread-safe. Every call reads the line once through a keyword prefilter and
 * linear detectors, never a backtracking regex: a clean line allocates nothing and a 1 MiB line of
 * adversarial input stays linear. No method throws or returns null; {@code null} reads as
 * {@code "null"}, as {@link String#valueOf(Object)} prints it.
 */
public final class Redactor {

    private static final Logger LOG = LoggerFactory.getLogger(Redactor.class);
    private static final Redactor DEFAULTS = new Redactor(new Engine(List.of(), List.of(), true, null), true);
    private static final Redactor NONE = new Redactor(null, false);

    private final Engine engine;
    private final boolean enabled;

    private Redactor(Engine engine, boolean enabled) {
        this.engine = engine;
        this.enabled = enabled;
    }

    /** Every built-in rule family; emails as {@code [EMAIL]}. */
    public static Redactor defaults() {
        return DEFAULTS;
    }

    /**
     * The redactor the settings ask for ({@code launchready.redact.*}): built-in rules plus the app's
     * own, the allowlist, and the email mode. The settings were validated when read, so a bad rule
     * has already failed startup naming its property. With {@code launchready.redact.enabled=false}
     * the text is returned as given.
     */
    public static Redactor from(LaunchReadySettings settings) {
        RedactSettings redact = settings.redact();
        if (!settings.enabled() || !redact.enabled()) {
            return NONE;
        }
        if (redact.rules().isEmpty() && redact.allow().isEmpty() && redact.emails() == EmailRedaction.MASK) {
            return DEFAULTS;
        }
        List<Engine.UserRule> rules = new ArrayList<>();
        for (Map.Entry<String, String> rule : redact.rules().entrySet()) {
            rules.add(new Engine.UserRule(rule.getKey(), Pattern.compile(rule.getValue()),
                    "[REDACTED:" + rule.getKey() + "]"));
        }
        List<Pattern> allow = new ArrayList<>();
        redact.allow().forEach(p -> allow.add(Pattern.compile(p)));
        byte[] key = redact.emails() == EmailRedaction.HASH
                ? redact.hashKey().orElseThrow().getBytes(StandardCharsets.UTF_8) : null;
        return new Redactor(new Engine(rules, allow, redact.emails() != EmailRedaction.KEEP, key), true);
    }

    /** {@code text} with every secret replaced; the same instance when {@code text} is a String and nothing matched. */
    public String redact(CharSequence text) {
        if (text == null) {
            return "null";
        }
        if (!enabled) {
            return text.toString();
        }
        Scan s = null;
        try {
            s = engine.scan(text);
            if (s.count == 0) {
                return text.toString(); // a String returns itself
            }
            s.merge();
            StringBuilder out = new StringBuilder(text.length() + 16 * s.count);
            engine.render(s, out);
            return out.toString();
        } catch (RuntimeException | StackOverflowError e) {
            return failed(text, e);
        } finally {
            if (s != null) {
                engine.done(s);
            }
        }
    }

    /**
     * Appends {@code text}, redacted, to {@code out}: for encoders that build into a buffer of their
     * own. Appends the text unchanged (without a copy of its own) when nothing matched.
     */
    public void redactTo(CharSequence text, StringBuilder out) {
        if (text == null) {
            out.append("null");
            return;
        }
        if (!enabled) {
            out.append(text);
            return;
        }
        Scan s = null;
        int mark = out.length();
        try {
            s = engine.scan(text);
            if (s.count == 0) {
                out.append(text);
                return;
            }
            s.merge();
            engine.render(s, out);
        } catch (RuntimeException | StackOverflowError e) {
            out.setLength(mark);
            out.append(failed(text, e));
        } finally {
            if (s != null) {
                engine.done(s);
            }
        }
    }

    /**
     * For logging adapters: whether {@link #redactWindows} may read a message made from this
     * template (already found clean) only around its arguments. False when the app added rules of
     * its own, or the template is more than one line or names a detector that reads far (a PEM
     * block, {@code mysql}, {@code redis-cli}, a cookie list). Decide once per template.
     */
    public boolean allowsWindows(CharSequence template) {
        return enabled && template != null && !engine.hasUserRules() && Windows.fit(template);
    }

    /**
     * For logging adapters: {@code text}, a template that {@link #allowsWindows allows windows}
     * with {@code count} arguments put in at {@code spans[2i]..spans[2i+1]} (in order), redacted
     * exactly as {@link #redact} would, reading only a window around each argument. Reads the
     * whole line instead whenever a window cannot be shown to be enough. Overwrites {@code spans}.
     */
    public String redactWindows(String text, int[] spans, int count) {
        if (text == null || !enabled || engine.hasUserRules()) {
            return redact(text);
        }
        String windowed;
        try {
            windowed = Windows.redact(engine, text, spans, count);
        } catch (RuntimeException | StackOverflowError e) {
            windowed = null; // the whole-line scan below fails closed on its own
        }
        return windowed != null ? windowed : redact(text);
    }

    /** Whether {@link #redact} would change {@code text}; costs one scan, allocates nothing on a clean line. */
    public boolean mightContainSecret(CharSequence text) {
        if (text == null || !enabled) {
            return false;
        }
        Scan s = null;
        try {
            s = engine.scan(text);
            return s.count > 0;
        } catch (RuntimeException | StackOverflowError e) {
            return true;
        } finally {
            if (s != null) {
                engine.done(s);
            }
        }
    }

    /**
     * Every secret in {@code text}, in order, overlapping ones joined: the rule that found it and its
     * offsets. For scanners that report rather than replace.
     */
    public List<Finding> find(CharSequence text) {
        if (text == null || !enabled) {
            return List.of();
        }
        Scan s = null;
        try {
            s = engine.scan(text);
            s.merge();
            List<Finding> found = new ArrayList<>(s.count);
            for (int i = 0; i < s.count; i++) {
                found.add(new Finding(ruleId(s.label[i]), s.start[i], s.end[i]));
            }
            return List.copyOf(found);
        } finally {
            if (s != null) {
                engine.done(s);
            }
        }
    }

    private static String ruleId(String replacement) {
        if (replacement == Emails.EMAIL) {
            return "email";
        }
        return replacement.substring("[REDACTED:".length(), replacement.length() - 1);
    }

    /**
     * A bug of ours, or a CharSequence that changed under us: fail closed on anything token-like
     * rather than pass a secret through, and keep the rest of the line.
     */
    private static String failed(CharSequence text, Throwable e) {
        LOG.warn("redaction failed ({}); long tokens in this line were removed", e.toString());
        String line;
        try {
            line = text.toString();
        } catch (RuntimeException again) {
            return "[REDACTED:unreadable]";
        }
        StringBuilder out = new StringBuilder(line.length());
        int run = 0;
        for (int i = 0; i <= line.length(); i++) {
            char c = i < line.length() ? line.charAt(i) : ' ';
            if (Chars.alnum(c) || c == '+' || c == '/' || c == '_' || c == '-') {
                run++;
                continue;
            }
            if (run >= 8) {
                out.append("[REDACTED:unchecked]");
            } else {
                out.append(line, i - run, i);
            }
            run = 0;
            if (i < line.length()) {
                out.append(c);
            }
        }
        return out.toString();
    }

    @Override
    public String toString() {
        return enabled ? "Redactor[" + (engine.masksEmails() ? "emails masked" : "emails kept") + "]" : "Redactor[off]";
    }
}
