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

    private final boolean override;
    private final List<Header> always;
    private final String frameAncestors;
    private final boolean upgrade;

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
        this.always = List.copyOf(headers);
        this.frameAncestors = settings.frameOptions() == FrameOptions.DENY ? "frame-ancestors 'none'"
                : settings.frameOptions() == FrameOptions.SAMEORIGIN ? "frame-ancestors 'self'" : null;
        this.upgrade = settings.upgradeInsecureRequests();
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
        List<Header> out = new ArrayList<>(always.size() + 1);
        for (Header h : always) {
            if (override || appHeaders.apply(h.name()) == null) {
                out.add(h);
            }
        }
        String directives = cspDirectives(secure);
        if (directives != null) {
            String app = appHeaders.apply("Content-Security-Policy");
            if (app == null) {
                out.add(new Header("Content-Security-Policy", directives));
            } else if (override) {
                String merged = app;
                if (frameAncestors != null && !app.contains("frame-ancestors")) {
                    merged += "; " + frameAncestors;
                }
                if (upgrade && secure && !app.contains("upgrade-insecure-requests")) {
                    merged += "; upgrade-insecure-requests";
                }
                if (!merged.equals(app)) {
                    out.add(new Header("Content-Security-Policy", merged));
                }
            }
        }
        return out;
    }

    private String cspDirectives(boolean secure) {
        boolean up = upgrade && secure;
        if (frameAncestors == null) {
            return up ? "upgrade-insecure-requests" : null;
        }
        return up ? frameAncestors + "; upgrade-insecure-requests" : frameAncestors;
    }
}
