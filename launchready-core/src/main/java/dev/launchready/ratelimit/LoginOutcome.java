package dev.launchready.ratelimit;

import java.util.Locale;

/**
 * What a login response says. A failure counts against the account; a success clears the account and
 * address counter. When unsure, neither: a failure taken for a success would reset the counter an
 * attacker is running into, so a plain 200 (a re-rendered form, or a page) decides nothing.
 */
public enum LoginOutcome {
    SUCCESS, FAILURE, UNKNOWN;

    /**
     * Decides from the response.
     *
     * @param status the response status
     * @param location the Location header of a redirect, or null
     * @param marked what the app (or Spring Security's events) said explicitly, or null
     * @param isLoginPath whether a path is one of the login paths
     */
    public static LoginOutcome of(int status, String location, LoginOutcome marked,
            java.util.function.Predicate<String> isLoginPath) {
        if (marked != null && marked != UNKNOWN) {
            return marked;
        }
        if (status == 401 || status == 403) {
            return FAILURE;
        }
        if (status >= 300 && status < 400 && location != null) {
            String path = pathOf(location);
            boolean backToLogin = isLoginPath.test(path) || location.toLowerCase(Locale.ROOT).contains("error");
            return backToLogin ? FAILURE : SUCCESS;
        }
        return UNKNOWN;
    }

    private static String pathOf(String location) {
        String l = location;
        int scheme = l.indexOf("://");
        if (scheme >= 0) {
            int slash = l.indexOf('/', scheme + 3);
            l = slash < 0 ? "/" : l.substring(slash);
        }
        int cut = l.length();
        for (char c : new char[] {'?', '#', ';'}) {
            int i = l.indexOf(c);
            if (i >= 0 && i < cut) {
                cut = i;
            }
        }
        return l.substring(0, cut);
    }
}
