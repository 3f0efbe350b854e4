package dev.launchready.cli;

import java.util.Locale;

/** What a Strict-Transport-Security header is worth (thresholds of hstspreload.org and Mozilla Observatory). */
final class Hsts {

    static final long ONE_YEAR = 31_536_000;
    static final long SIX_MONTHS = 15_768_000;

    private Hsts() {
    }

    static Finding judge(String url, String header) {
        if (header == null) {
            return Finding.fail("hsts", url, "no Strict-Transport-Security header",
                    "Send \"Strict-Transport-Security: max-age=31536000; includeSubDomains\" on every HTTPS response.");
        }
        long maxAge = -1;
        boolean subdomains = false;
        boolean preload = false;
        for (String part : header.split(";")) {
            String directive = part.trim().toLowerCase(Locale.ROOT);
            if (directive.startsWith("max-age=")) {
                try {
                    maxAge = Long.parseLong(directive.substring(8).replace("\"", "").trim());
                } catch (NumberFormatException e) {
                    maxAge = -1;
                }
            } else if (directive.equals("includesubdomains")) {
                subdomains = true;
            } else if (directive.equals("preload")) {
                preload = true;
            }
        }
        String seen = "Strict-Transport-Security: " + header;
        if (maxAge <= 0) {
            return Finding.fail("hsts", url, seen + " (no usable max-age: browsers ignore it)",
                    "Set max-age=31536000 (one year).");
        }
        if (maxAge < SIX_MONTHS) {
            return Finding.warn("hsts", url, seen + " (max-age " + maxAge + " s is under six months)",
                    "Raise max-age to 31536000 (one year) once HTTPS works everywhere.");
        }
        boolean eligible = maxAge >= ONE_YEAR && subdomains && preload;
        return Finding.pass("hsts", url, seen + (eligible ? " (preload-eligible)"
                : " (not preload-eligible: needs max-age>=31536000, includeSubDomains and preload)"));
    }
}
