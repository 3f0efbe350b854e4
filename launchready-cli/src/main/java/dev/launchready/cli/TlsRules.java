package dev.launchready.cli;

import java.security.cert.X509Certificate;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;

/** What one handshake's facts mean: trusted chain, matching name, days to expiry, protocol version. */
final class TlsRules {

    private TlsRules() {
    }

    static List<Finding> judge(TlsSession tls, Instant now, int warnDays, int failDays) {
        String host = tls.host();
        List<Finding> findings = new ArrayList<>();
        if (tls.chainProblem() != null) {
            findings.add(Finding.fail("tls.chain", host, "certificate not trusted: " + tls.chainProblem(),
                    "Serve the full chain (leaf + intermediates, e.g. fullchain.pem) from a public CA."));
        } else {
            findings.add(Finding.pass("tls.chain", host, "trusted chain of " + tls.chain().size()));
        }
        if (tls.hostnameProblem() != null) {
            findings.add(Finding.fail("tls.hostname", host, "certificate does not name " + host + ": "
                    + tls.hostnameProblem(), "Issue a certificate that lists " + host + " (and www) as subject alternative names."));
        } else if (tls.chainProblem() == null) {
            findings.add(Finding.pass("tls.hostname", host, "certificate names " + host));
        }
        if (!tls.chain().isEmpty()) {
            X509Certificate leaf = tls.chain().get(0);
            Instant notAfter = leaf.getNotAfter().toInstant();
            long days = Duration.between(now, notAfter).toDays();
            String seen = "expires " + notAfter + " (" + days + " days)";
            String fix = "Renew now and check that automatic renewal (certbot timer, ACME client) runs and reloads the server.";
            if (days < failDays) {
                findings.add(Finding.fail("tls.expiry", host, seen + ", under " + failDays + " days", fix));
            } else if (days < warnDays) {
                findings.add(Finding.warn("tls.expiry", host, seen + ", under " + warnDays + " days", fix));
            } else {
                findings.add(Finding.pass("tls.expiry", host, seen));
            }
        }
        String protocol = tls.protocol();
        if (protocol.equals("TLSv1.3") || protocol.equals("TLSv1.2")) {
            findings.add(Finding.pass("tls.protocol", host, protocol));
        } else {
            findings.add(Finding.fail("tls.protocol", host, protocol + " negotiated",
                    "Enable TLS 1.2 and 1.3 only (nginx: ssl_protocols TLSv1.2 TLSv1.3)."));
        }
        return findings;
    }
}
