package dev.launchready.cli;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/** DMARC (RFC 9989): one {@code v=DMARC1} record at {@code _dmarc.<domain>}; a policy; somebody reading the reports. */
final class Dmarc {

    private Dmarc() {
    }

    static Map<String, String> tags(String record) {
        Map<String, String> tags = new LinkedHashMap<>();
        for (String part : record.split(";")) {
            int eq = part.indexOf('=');
            if (eq > 0) {
                tags.putIfAbsent(part.substring(0, eq).trim().toLowerCase(Locale.ROOT), part.substring(eq + 1).trim());
            }
        }
        return tags;
    }

    static Finding judge(String name, Dns.Answer txt) {
        if (txt.status() == Dns.Status.ERROR) {
            return Finding.warn("email.dmarc", name, "TXT lookup failed", "Check the DNS servers of the domain.");
        }
        List<String> records = txt.values().stream()
                .filter(v -> v.trim().toLowerCase(Locale.ROOT).startsWith("v=dmarc1")).toList();
        String fixMissing = "Publish TXT " + name + " \"v=DMARC1; p=quarantine; rua=mailto:dmarc@<your domain>\".";
        if (records.isEmpty()) {
            return Finding.fail("email.dmarc", name, "no v=DMARC1 record: receivers get no policy for spoofed mail",
                    fixMissing);
        }
        if (records.size() > 1) {
            return Finding.fail("email.dmarc", name, records.size() + " DMARC records (receivers ignore all of them)",
                    "Keep exactly one v=DMARC1 record.");
        }
        String record = records.get(0);
        Map<String, String> tags = tags(record);
        String policy = tags.getOrDefault("p", "none").toLowerCase(Locale.ROOT);
        if (!policy.equals("none") && !policy.equals("quarantine") && !policy.equals("reject")) {
            return Finding.fail("email.dmarc", name, record + " -> p=" + policy + " is not a policy",
                    "Use p=none, p=quarantine or p=reject.");
        }
        boolean reports = tags.containsKey("rua") && tags.get("rua").toLowerCase(Locale.ROOT).contains("mailto:");
        if (policy.equals("none") && !reports) {
            return Finding.warn("email.dmarc", name, record + " -> p=none without rua: nothing is enforced and nobody learns anything",
                    "Add rua=mailto:dmarc@<your domain> to see who sends as you, then move to p=quarantine.");
        }
        return Finding.pass("email.dmarc", name, record + (policy.equals("none") ? " (monitoring only: watch the reports, then enforce)" : ""));
    }
}
