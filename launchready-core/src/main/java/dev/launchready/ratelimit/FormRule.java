package dev.launchready.ratelimit;

import dev.launchready.config.Limit;
import java.util.List;
import java.util.Optional;

/**
 * One limited form: its name (in metrics and logs), its kind, the methods and paths it covers, and for
 * the app's own rules the limits per address and per account. Immutable.
 */
public final class FormRule {

    private final String name;
    private final FormKind kind;
    private final List<String> methods;
    private final PathPatterns paths;
    private final Limit perIp;
    private final Limit perAccount;

    FormRule(String name, FormKind kind, List<String> methods, List<String> paths, Optional<Limit> perIp,
            Optional<Limit> perAccount) {
        this.name = name;
        this.kind = kind;
        this.methods = List.copyOf(methods);
        this.paths = new PathPatterns(paths);
        this.perIp = perIp.orElse(null);
        this.perAccount = perAccount.orElse(null);
    }

    /** {@code login}, {@code password-reset}, {@code signup}, {@code invite}, or the app's rule name. */
    public String name() {
        return name;
    }

    public FormKind kind() {
        return kind;
    }

    boolean matches(String method, String path) {
        return methods.contains(method) && paths.matches(path);
    }

    Optional<Limit> perIp() {
        return Optional.ofNullable(perIp);
    }

    Optional<Limit> perAccount() {
        return Optional.ofNullable(perAccount);
    }

    @Override
    public String toString() {
        return name;
    }
}
