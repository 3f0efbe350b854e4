package dev.launchready.cli;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.regex.Pattern;

/** The response headers browsers use to contain an attack on the page (HSTS is its own check). */
final class SecurityHeaders {

    private static final Pattern META_CSP = Pattern.compile(
            "<meta[^>]+http-equiv\\s*=\\s*[\"']?content-security-policy", Pattern.CASE_INSENSITIVE);

    private SecurityHeaders() {
    }

    static Finding judge(String url, HttpResponse page) {
        List<String> missing = new ArrayList<>();
        String nosniff = page.header("x-content-type-options");
        if (nosniff == null || !nosniff.trim().equalsIgnoreCase("nosniff")) {
            missing.add("X-Content-Type-Options: nosniff");
        }
        String csp = page.header("content-security-policy");
        boolean cspInMeta = META_CSP.matcher(page.text()).find();
        String frame = page.header("x-frame-options");
        boolean frameAncestors = csp != null && csp.toLowerCase(Locale.ROOT).contains("frame-ancestors");
        if (frame == null && !frameAncestors) {
            missing.add("X-Frame-Options or CSP frame-ancestors (clickjacking)");
        }
        if (csp == null && !cspInMeta) {
            missing.add("Content-Security-Policy");
        }
        if (page.header("referrer-policy") == null) {
            missing.add("Referrer-Policy");
        }
        if (missing.isEmpty()) {
            return Finding.pass("headers.security", url, "nosniff, framing rules, CSP and Referrer-Policy present");
        }
        return Finding.warn("headers.security", url, "missing: " + String.join("; ", missing),
                "Add the missing headers at the proxy or app, e.g. X-Content-Type-Options: nosniff, "
                        + "Content-Security-Policy: frame-ancestors 'self'; default-src 'self', "
                        + "Referrer-Policy: strict-origin-when-cross-origin.");
    }
}
