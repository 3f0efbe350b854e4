package dev.launchready.cli;

import java.util.ArrayList;
import java.util.List;

/** Apex, www and the named subdomains resolve; no CNAME points at a name that does not exist. */
final class DnsChecks {

    private DnsChecks() {
    }

    static List<Finding> run(Site site) {
        List<Finding> findings = new ArrayList<>();
        List<String> names = new ArrayList<>(site.target.hosts());
        names.addAll(site.target.subdomains());
        for (String name : names) {
            Dns.Answer cname = site.dns.cname(name);
            if (cname.found()) {
                String targetName = cname.values().get(0);
                Dns.Answer target = site.dns.addresses(targetName);
                if (target.status() == Dns.Status.NXDOMAIN || target.status() == Dns.Status.NO_DATA) {
                    findings.add(Finding.fail("dns.dangling-cname", name, name + " CNAME " + targetName
                            + ", which does not resolve (" + target.status() + ")",
                            "Delete the CNAME, or recreate what it points at: whoever claims " + targetName
                                    + " can serve pages (and read cookies) on " + name + "."));
                    continue;
                }
            }
            Dns.Answer addresses = site.dns.addresses(name);
            if (addresses.found()) {
                findings.add(Finding.pass("dns.resolves", name, String.join(", ", addresses.values())
                        + (cname.found() ? " (via CNAME " + cname.values().get(0) + ")" : "")));
            } else {
                findings.add(Finding.fail("dns.resolves", name, "no A/AAAA record (" + addresses.status() + ")",
                        "Add an A/AAAA (or CNAME) record for " + name + "."));
            }
        }
        return findings;
    }
}
