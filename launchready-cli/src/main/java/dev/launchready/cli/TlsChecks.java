package dev.launchready.cli;

import java.io.IOException;
import java.util.ArrayList;
import java.util.List;

/** A handshake with apex, www and each subdomain that resolves. */
final class TlsChecks {

    private TlsChecks() {
    }

    static List<Finding> run(Site site) {
        List<Finding> findings = new ArrayList<>();
        List<String> hosts = new ArrayList<>(site.target.hosts());
        hosts.addAll(site.target.subdomains());
        for (String host : hosts) {
            if (!site.dns.addresses(host).found()) {
                findings.add(Finding.skip("tls.chain", host, "does not resolve (see dns.*)"));
                continue;
            }
            try {
                HttpResponse response = site.http.get(site.target.origin("https", host));
                findings.addAll(TlsRules.judge(response.tls(), site.clock.instant(), site.target.tlsWarnDays(),
                        site.target.tlsFailDays()));
            } catch (IOException e) {
                findings.add(Finding.fail("tls.handshake", host, "no HTTPS answer: " + e.getMessage(),
                        "Serve HTTPS on " + host + " (port " + site.target.httpsPort() + ") with a certificate for it."));
            }
        }
        return findings;
    }
}
