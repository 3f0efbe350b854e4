package dev.launchready.cli;

/** What the CORS headers answered to a foreign Origin mean. */
final class Cors {

    static final String PROBE_ORIGIN = "https://launchready-probe.invalid";

    private Cors() {
    }

    static Finding judge(String url, String allowOrigin, String allowCredentials) {
        boolean credentials = allowCredentials != null && allowCredentials.trim().equalsIgnoreCase("true");
        String seen = "Origin: " + PROBE_ORIGIN + " -> Access-Control-Allow-Origin: "
                + (allowOrigin == null ? "(none)" : allowOrigin)
                + (allowCredentials == null ? "" : ", Access-Control-Allow-Credentials: " + allowCredentials);
        if (allowOrigin == null) {
            return Finding.pass("cors", url, seen);
        }
        String origin = allowOrigin.trim();
        if (credentials && (origin.equals(PROBE_ORIGIN) || origin.equals("null"))) {
            return Finding.fail("cors", url, seen + ": any site can read members' data with their cookies",
                    "Allow only your own origins (an explicit list), never echo the request's Origin with credentials.");
        }
        if (credentials && origin.equals("*")) {
            return Finding.fail("cors", url, seen + ": '*' with credentials is a misconfiguration (some proxies "
                    + "rewrite it into a reflection)", "List the allowed origins explicitly.");
        }
        if (origin.equals(PROBE_ORIGIN)) {
            return Finding.warn("cors", url, seen + ": any origin may read responses (without cookies)",
                    "Allow only the origins that need it.");
        }
        return Finding.pass("cors", url, seen);
    }
}
