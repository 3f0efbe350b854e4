package dev.launchready.redact;

import dev.launchready.config.LaunchReadySettings;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * PLACEHOLDER until the redact-core branch lands (the lead replaces this file at merge). It honours
 * only the contract the logging modules are written against: {@link #defaults()}, {@link #from},
 * {@link #redact} that never throws and returns the same String when nothing matched, and
 * {@code [REDACTED:label]} / {@code [EMAIL]} replacements for a handful of formats. It uses
 * java.util.regex, which the real redactor must not.
 */
public final class Redactor {

    private static final Redactor DEFAULTS = new Redactor();

    private static final Pattern RULES = Pattern.compile(
            "(?<stripe>sk_live_[A-Za-z0-9]{24,99})"
            + "|(?<email>[A-Za-z0-9._%+-]{1,64}@[A-Za-z0-9.-]{1,253}\\.[A-Za-z]{2,24})"
            + "|(?<bearer>(?i:authorization)\\s{0,4}[:=]\\s{0,4}(?i:bearer)\\s{1,4})[A-Za-z0-9._~+/=-]{1,4096}"
            + "|(?<jsonpw>\"(?i:password)\"\\s{0,4}:\\s{0,4}\")[^\"]{0,4096}\""
            + "|(?<urlpw>(?i:password)=)[^&\\s\"',;)}]{1,4096}"
            + "|(?<userinfo>[a-z][a-z0-9+.-]{1,20}://[^/:@\\s]{1,256}:)[^@/\\s]{1,256}@");

    private Redactor() {
    }

    /** A cheap gate so a clean line skips the regex: every rule needs one of these. */
    private static boolean mayMatch(CharSequence text) {
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (c == '@' || c == ':' && i + 2 < text.length() && text.charAt(i + 1) == '/'
                    || (c == 's' || c == 'S') && (startsWith(text, i, "sk_live_") || startsWith(text, i, "ssword"))
                    || (c == 'h' || c == 'H') && startsWith(text, i, "horization")) {
                return true;
            }
        }
        return false;
    }

    private static boolean startsWith(CharSequence text, int at, String word) {
        if (at + word.length() > text.length()) {
            return false;
        }
        for (int k = 0; k < word.length(); k++) {
            if (Character.toLowerCase(text.charAt(at + k)) != word.charAt(k)) {
                return false;
            }
        }
        return true;
    }

    /** The built-in rules. */
    public static Redactor defaults() {
        return DEFAULTS;
    }

    /** A redactor for these settings (placeholder: the built-in rules). */
    public static Redactor from(LaunchReadySettings settings) {
        return DEFAULTS;
    }

    /** {@code text} with every secret replaced; the same String when nothing matched. Never throws. */
    public String redact(CharSequence text) {
        if (text == null) {
            return null;
        }
        try {
            if (!mayMatch(text)) {
                return text.toString();
            }
            Matcher m = RULES.matcher(text);
            if (!m.find()) {
                return text.toString();
            }
            StringBuilder out = new StringBuilder(text.length());
            int last = 0;
            do {
                out.append(text, last, m.start());
                if (m.group("stripe") != null) {
                    out.append("[REDACTED:stripe-secret-key]");
                } else if (m.group("email") != null) {
                    out.append("[EMAIL]");
                } else if (m.group("bearer") != null) {
                    out.append(m.group("bearer")).append("[REDACTED:bearer-token]");
                } else if (m.group("jsonpw") != null) {
                    out.append(m.group("jsonpw")).append("[REDACTED:password]\"");
                } else if (m.group("urlpw") != null) {
                    out.append(m.group("urlpw")).append("[REDACTED:password]");
                } else {
                    out.append(m.group("userinfo")).append("[REDACTED:url-password]@");
                }
                last = m.end();
            } while (m.find());
            return out.append(text, last, text.length()).toString();
        } catch (RuntimeException | StackOverflowError e) {
            return "[REDACTED:unreadable]";
        }
    }
}
