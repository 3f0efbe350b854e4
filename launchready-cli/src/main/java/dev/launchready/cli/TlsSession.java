package dev.launchready.cli;

import java.security.cert.X509Certificate;
import java.util.List;

/** What one TLS handshake showed: protocol, the chain the server sent, and what was wrong with it (null: nothing). */
record TlsSession(String host, String protocol, List<X509Certificate> chain, String chainProblem,
        String hostnameProblem) {

    boolean trusted() {
        return chainProblem == null && hostnameProblem == null;
    }
}
