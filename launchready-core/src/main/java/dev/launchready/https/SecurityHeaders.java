package dev.launchready.https;

import dev.launchready.config.FrameOptions;
import dev.launchready.config.HeaderSettings;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.function.Function;

/**
 * The baseline security headers: {@code X-Content-Type-Options}, {@code Referrer-Policy},
 * {@code X-Frame-Options} with CSP {@code frame-ancestors}, and CSP {@code upgrade-insecure-requests}
 * on HTTPS responses (on plain HTTP it would break a local http://localhost app). A header the app
 * set is left alone unless {@code launchready.headers.override}; a CSP of the app's own is then
 * extended with the missing directives, never replaced.
 */
public final class SecurityHeaders {

    /** One header to set. */
    public record Header(String name, String value) {
    }

    private static final String CSP = "Content-Security-Policy";

    private final boolean override;
    private final String frameAncestors;
    private final boolean upgrade;
    /** Everything a response over HTTPS resp. plain HTTP gets when the app set none: built once, here. */
    private final List<Header> secureDefaults;
    private final List<Header> plainDefaults;

    private SecurityHeaders(HeaderSettings settings) {
        this.override = settings.override();
        List<Header> headers = new ArrayList<>();
        if (settings.contentTypeOptions()) {
            headers.add(new Header("X-Content-Type-Options", "nosniff"));
        }
        if (!settings.referrerPolicy().isEmpty()) {
            headers.add(new Header("Referrer-Policy", settings.referrerPolicy()));
        }
        switch (settings.frameOptions()) {
            case DENY -> headers.add(new Header("X-Frame-Options", "DENY"));
            case SAMEORIGIN -> headers.add(new Header("X-Frame-Options", "SAMEORIGIN"));
            default -> { }
        }
        this.frameAncestors = settings.frameOptions() == FrameOptions.DENY ? "frame-ancestors 'none'"
                : settings.frameOptions() == FrameOptions.SAMEORIGIN ? "frame-ancestors 'self'" : null;
        this.upgrade = settings.upgradeInsecureRequests();
        this.secureDefaults = withCsp(headers, cspDirectives(true));
        this.plainDefaults = withCsp(headers, cspDirectives(false));
    }

    public static SecurityHeaders of(HeaderSettings settings) {
        return new SecurityHeaders(Objects.requireNonNull(settings, "settings"));
    }

    /**
     * The headers to set on one response.
     *
     * @param secure whether the visitor's connection is HTTPS
     * @param appHeaders the value the app set for a header name, or null
     */
    public List<Header> forResponse(boolean secure, Function<String, String> appHeaders) {
        List<Header> defaults = defaults(secure);
        List<Header> out = new ArrayList<>(defaults.size());
        for (Header h : defaults) {
            String value = valueOver(h, appHeaders.apply(h.name()), secure);
            if (value != null) {
                out.add(value.equals(h.value()) ? h : new Header(h.name(), value));
            }
        }
        return out;
    }

    /**
     * Every header a response gets when the app set none of them, in order; the same list on every
     * call, so an adapter checks only which of them the app set ({@link #valueOver}), per response
     * without building anything.
     */
    public List<Header> defaults(boolean secure) {
        return secure ? secureDefaults : plainDefaults;
    }

    /**
     * What to set for one of {@link #defaults}, given the app's own value of that header.
     *
     * @param ours an element of {@code defaults(secure)}
     * @param appValue the value the app set, or null
     * @return the value to set, or null to leave the app's own alone
     */
    public String valueOver(Header ours, String appValue, boolean secure) {
        if (appValue == null) {
            return ours.value();
        }
        if (!override) {
            return null;
        }
        if (!ours.name().equals(CSP)) {
            return ours.value();
        }
        String merged = appValue; // an app's policy is extended with the missing directives, never replaced
        if (frameAncestors != null && !appValue.contains("frame-ancestors")) {
            merged += "; " + frameAncestors;
        }
        if (upgrade && secure && !appValue.contains("upgrade-insecure-requests")) {
            merged += "; upgrade-insecure-requests";
        }
        return merged.equals(appValue) ? null : merged;
    }

    private static List<Header> withCsp(List<Header> always, String directives) {
        List<Header> all = new ArrayList<>(always);
        if (directives != null) {
            all.add(new Header(CSP, directives));
        }
        return List.copyOf(all);
    }

    private String cspDirectives(boolean secure) {
        boolean up = upgrade && secure;
        if (frameAncestors == null) {
            return up ? "upgrade-insecure-requests" : null;
        }
        return up ? frameAncestors + "; upgrade-insecure-requests" : frameAncestors;
    }
}
