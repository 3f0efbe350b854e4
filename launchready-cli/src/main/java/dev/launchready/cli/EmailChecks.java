package dev.launchready.cli;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

/** MX, SPF, DMARC and DKIM of the sending domain. */
final class EmailChecks {

    static final List<String> COMMON_SELECTORS = List.of("google", "selector1", "selector2", "k1", "s1", "mxvm",
            "default", "dkim", "mail");

    private EmailChecks() {
    }

    static List<Finding> run(Site site) {
        String domain = site.target.mailDomain();
        if (domain == null) {
            return List.of(Finding.skip("email.spf", "-", "--mail-domain none"));
        }
        List<Finding> findings = new ArrayList<>();
        Dns.Answer spf = site.dns.txt(domain);
        boolean sendsNoMail = Spf.records(spf.values()).stream().anyMatch(r -> r.trim().equalsIgnoreCase("v=spf1 -all"));
        Dns.Answer mx = site.dns.mx(domain);
        if (sendsNoMail) {
            // "v=spf1 -all" declares a domain that sends no mail: DKIM and MX are not expected.
            findings.add(Finding.pass("email.mx", domain, "the domain declares it sends no mail (v=spf1 -all)"));
            findings.addAll(Spf.judge(domain, spf, site.dns::txt));
            findings.add(dmarc(site, domain));
            findings.add(Finding.skip("email.dkim", domain, "the domain sends no mail"));
            return findings;
        }
        if (mx.found()) {
            findings.add(Finding.pass("email.mx", domain, String.join(", ", mx.values())));
        } else {
            findings.add(Finding.warn("email.mx", domain, "no MX record (" + mx.status() + "): replies to your mail bounce",
                    "Add MX records for your mail provider, or send from a domain that has them."));
        }
        findings.addAll(Spf.judge(domain, spf, site.dns::txt));
        findings.add(dmarc(site, domain));
        findings.add(dkim(site, domain));
        return findings;
    }

    private static Finding dmarc(Site site, String domain) {
        String name = "_dmarc." + domain;
        Dns.Answer answer = site.dns.txt(name);
        String[] labels = domain.split("\\.");
        if (!answer.found() && labels.length > 2) {
            // RFC 9989 tree walk, shortened: the organisational domain's record covers subdomains.
            String parent = "_dmarc." + domain.substring(domain.indexOf('.') + 1);
            Dns.Answer parentAnswer = site.dns.txt(parent);
            if (parentAnswer.found()) {
                return Dmarc.judge(parent, parentAnswer);
            }
        }
        return Dmarc.judge(name, answer);
    }

    private static Finding dkim(Site site, String domain) {
        Set<String> selectors = new LinkedHashSet<>(site.target.dkimSelectors());
        selectors.addAll(COMMON_SELECTORS);
        List<String> found = new ArrayList<>();
        List<String> broken = new ArrayList<>();
        for (String selector : selectors) {
            Dns.Answer answer = site.dns.txt(selector + "._domainkey." + domain);
            for (String value : answer.values()) {
                String compact = value.replace(" ", "");
                if (compact.contains("p=") && !compact.contains("p=;") && !compact.endsWith("p=")) {
                    found.add(selector);
                } else if (compact.contains("v=DKIM1") || compact.contains("p=")) {
                    broken.add(selector + " (empty or revoked key)");
                }
            }
        }
        String subject = "_domainkey." + domain;
        if (!found.isEmpty()) {
            return Finding.pass("email.dkim", subject, "key for selector " + String.join(", ", found));
        }
        String fix = "Publish the DKIM key your mail provider gives you, and name its selector with --dkim-selector.";
        // Selectors cannot be listed, but an existing _domainkey node (NOERROR, no data) shows keys exist somewhere.
        String hint = site.dns.txt(subject).status() == Dns.Status.NO_DATA
                ? " (_domainkey exists: keys are published under a selector not tried; pass --dkim-selector)" : "";
        return Finding.warn("email.dkim", subject, (broken.isEmpty() ? "no key for selectors " + selectors
                : "only " + String.join(", ", broken)) + hint, fix);
    }
}
