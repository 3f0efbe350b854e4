package dev.launchready.config;

import com.google.re2j.Pattern;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Log redaction ({@code launchready.redact.*}).
 *
 * @param enabled whether log lines are redacted at all
 * @param emails what happens to email addresses
 * @param hashKey the HMAC key for {@link EmailRedaction#HASH}
 * @param rules the app's own rules, id to RE2 pattern, in order; a pattern's first group, when it has
 *     one, is the part replaced
 * @param allow RE2 patterns; a finding whose whole text matches one is kept as it is
 */
public record RedactSettings(boolean enabled, EmailRedaction emails, Optional<String> hashKey,
        Map<String, String> rules, List<String> allow) {

    static final String RULES_FORMAT = "rules such as \"order-token=ord_[a-z0-9]{24}; pin=pin (\\d{4})\" "
            + "(id=RE2 pattern, separated by ;, no backreferences or lookaround; write a literal ; as \\x3B)";
    static final String ALLOW_FORMAT = "RE2 patterns separated by ; such as \"sk_test_.*; support@example\\.com\"";

    public RedactSettings {
        rules = java.util.Collections.unmodifiableMap(new LinkedHashMap<>(rules));
        allow = List.copyOf(allow);
    }

    @Override
    public String toString() {
        return "RedactSettings[enabled=" + enabled + ", emails=" + emails + ", rules=" + rules.keySet()
                + ", allow=" + allow.size() + " patterns]";
    }

    static Map<String, String> parseRules(String text) {
        Map<String, String> rules = new LinkedHashMap<>();
        for (String part : text.split(";", -1)) {
            if (part.isBlank()) {
                continue;
            }
            int eq = part.indexOf('=');
            if (eq <= 0) {
                throw new IllegalArgumentException(part);
            }
            String id = part.substring(0, eq).trim();
            String regex = part.substring(eq + 1).trim();
            if (!id.matches("[a-z0-9-]{1,40}") || rules.containsKey(id)) {
                throw new IllegalArgumentException(id);
            }
            compile(regex);
            rules.put(id, regex);
        }
        return rules;
    }

    static List<String> parseAllow(String text) {
        List<String> patterns = new java.util.ArrayList<>();
        for (String part : text.split(";", -1)) {
            if (!part.isBlank()) {
                compile(part.trim());
                patterns.add(part.trim());
            }
        }
        return List.copyOf(patterns);
    }

    /** RE2/J refuses what it cannot run in linear time (backreferences, lookaround); so do we. */
    private static void compile(String regex) {
        Pattern p;
        try {
            p = Pattern.compile(regex);
        } catch (RuntimeException e) {
            throw new IllegalArgumentException(regex, e);
        }
        if (p.matches("")) {
            throw new IllegalArgumentException("matches the empty text: " + regex);
        }
    }
}
