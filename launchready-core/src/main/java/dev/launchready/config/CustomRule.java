package dev.launchready.config;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;

/**
 * A rate limit the app adds for a form of its own, from {@code launchready.ratelimit.rules}:
 * {@code contact: POST /contact per-ip=5/1h per-account=2/1d; search: GET,POST /api/search/** per-ip=60/1m}.
 * The account is read from the identifier fields, as for the built-in forms.
 *
 * @param name the rule's name, used in metrics and logs
 * @param methods the HTTP methods it applies to
 * @param path an exact path or a prefix ending in {@code /**}
 * @param perIp the limit per client address, if any
 * @param perAccount the limit per account named in the request, if any
 */
public record CustomRule(String name, List<String> methods, String path, Optional<Limit> perIp,
        Optional<Limit> perAccount) {

    static final String FORMAT = "rules such as \"contact: POST /contact per-ip=5/1h per-account=2/1d\", separated by ;";

    private static final Set<String> METHODS = Set.of("GET", "POST", "PUT", "PATCH", "DELETE");
    private static final Set<String> BUILT_IN = Set.of("login", "password-reset", "signup", "invite");

    public CustomRule {
        methods = List.copyOf(methods);
    }

    static List<CustomRule> parseAll(String text) {
        List<CustomRule> rules = new ArrayList<>();
        Set<String> names = new HashSet<>(BUILT_IN);
        for (String part : text.split(";", -1)) {
            if (part.isBlank()) {
                continue;
            }
            CustomRule rule = parse(part.trim());
            if (!names.add(rule.name())) {
                throw new IllegalArgumentException("duplicate name " + rule.name());
            }
            rules.add(rule);
        }
        return List.copyOf(rules);
    }

    private static CustomRule parse(String text) {
        int colon = text.indexOf(':');
        if (colon <= 0) {
            throw new IllegalArgumentException(text);
        }
        String name = text.substring(0, colon).trim();
        if (!name.matches("[a-z0-9-]{1,40}")) {
            throw new IllegalArgumentException(name);
        }
        String[] tokens = text.substring(colon + 1).trim().split("\\s+");
        if (tokens.length < 3) {
            throw new IllegalArgumentException(text);
        }
        List<String> methods = new ArrayList<>();
        for (String m : tokens[0].split(",", -1)) {
            String method = m.trim().toUpperCase(Locale.ROOT);
            if (!METHODS.contains(method)) {
                throw new IllegalArgumentException(m);
            }
            methods.add(method);
        }
        String path = Parsers.paths(tokens[1]).get(0);
        Limit perIp = null;
        Limit perAccount = null;
        for (int i = 2; i < tokens.length; i++) {
            if (tokens[i].startsWith("per-ip=") && perIp == null) {
                perIp = Limit.parse(tokens[i].substring("per-ip=".length()));
            } else if (tokens[i].startsWith("per-account=") && perAccount == null) {
                perAccount = Limit.parse(tokens[i].substring("per-account=".length()));
            } else {
                throw new IllegalArgumentException(tokens[i]);
            }
        }
        return new CustomRule(name, methods, path, Optional.ofNullable(perIp), Optional.ofNullable(perAccount));
    }
}
