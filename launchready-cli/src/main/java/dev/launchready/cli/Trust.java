package dev.launchready.cli;

import java.io.IOException;
import java.io.InputStream;
import java.net.Socket;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.GeneralSecurityException;
import java.security.KeyStore;
import java.security.cert.Certificate;
import java.security.cert.CertificateException;
import java.security.cert.CertificateFactory;
import java.security.cert.X509Certificate;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import javax.net.ssl.SSLEngine;
import javax.net.ssl.SSLSession;
import javax.net.ssl.SSLSocket;
import javax.net.ssl.TrustManager;
import javax.net.ssl.TrustManagerFactory;
import javax.net.ssl.X509ExtendedTrustManager;

/** The certificate authorities the audit trusts: the JDK's, plus those in {@code --ca-file}. */
final class Trust {

    private final List<X509ExtendedTrustManager> managers;

    private Trust(List<X509ExtendedTrustManager> managers) {
        this.managers = managers;
    }

    static Trust systemPlus(Path caFile) throws IOException {
        List<X509ExtendedTrustManager> managers = new ArrayList<>();
        try {
            managers.add(manager(null));
            if (caFile != null) {
                KeyStore store = KeyStore.getInstance(KeyStore.getDefaultType());
                store.load(null, null);
                Collection<? extends Certificate> certificates;
                try (InputStream in = Files.newInputStream(caFile)) {
                    certificates = CertificateFactory.getInstance("X.509").generateCertificates(in);
                }
                if (certificates.isEmpty()) {
                    throw new IOException("--ca-file " + caFile + ": no PEM or DER certificate in it");
                }
                int i = 0;
                for (Certificate certificate : certificates) {
                    store.setCertificateEntry("ca-" + i++, certificate);
                }
                managers.add(manager(store));
            }
        } catch (CertificateException e) {
            throw new IOException("--ca-file " + caFile + ": not a certificate (" + e.getMessage() + ")", e);
        } catch (GeneralSecurityException e) {
            throw new IOException("cannot set up certificate trust: " + e.getMessage(), e);
        }
        return new Trust(managers);
    }

    private static X509ExtendedTrustManager manager(KeyStore store) throws GeneralSecurityException {
        TrustManagerFactory factory = TrustManagerFactory.getInstance(TrustManagerFactory.getDefaultAlgorithm());
        factory.init(store);
        for (TrustManager manager : factory.getTrustManagers()) {
            if (manager instanceof X509ExtendedTrustManager x509) {
                return x509;
            }
        }
        throw new GeneralSecurityException("no X.509 trust manager in this JVM");
    }

    /**
     * A trust manager that never refuses, only records, per {@code host:port}: the audit reports a bad
     * chain or name as a finding and still reads the site (like {@code curl -k}); the caller decides
     * what may be sent over such a connection. One per audit, so TLS sessions are resumed as a
     * returning browser resumes them; a resumed session keeps the facts of its full handshake.
     */
    Recorder recorder() {
        return new Recorder(managers);
    }

    /** What a full handshake with one host showed. */
    record Facts(List<X509Certificate> chain, String chainProblem, String hostnameProblem) {
    }

    static final class Recorder extends X509ExtendedTrustManager {
        private final List<X509ExtendedTrustManager> managers;
        private final Map<String, Facts> facts = new ConcurrentHashMap<>();

        Recorder(List<X509ExtendedTrustManager> managers) {
            this.managers = managers;
        }

        Facts facts(String host, int port) {
            return facts.get(host.toLowerCase(Locale.ROOT) + ":" + port);
        }

        @Override
        public void checkServerTrusted(X509Certificate[] certificates, String authType, Socket socket) {
            String chainError = null;
            String nameError = null;
            for (X509ExtendedTrustManager manager : managers) {
                try {
                    manager.checkServerTrusted(certificates, authType);
                } catch (CertificateException e) {
                    chainError = e.getMessage();
                    continue;
                }
                chainError = null;
                try {
                    // With the socket the JDK also matches the name against the certificate (endpoint identification).
                    manager.checkServerTrusted(certificates, authType, socket);
                    nameError = null;
                } catch (CertificateException e) {
                    nameError = e.getMessage();
                }
                break;
            }
            SSLSession session = ((SSLSocket) socket).getHandshakeSession();
            facts.put(session.getPeerHost().toLowerCase(Locale.ROOT) + ":" + session.getPeerPort(),
                    new Facts(List.of(certificates), chainError, chainError == null ? nameError : null));
        }

        @Override
        public void checkServerTrusted(X509Certificate[] certificates, String authType, SSLEngine engine) {
            throw new UnsupportedOperationException("sockets only");
        }

        @Override
        public void checkServerTrusted(X509Certificate[] certificates, String authType) {
            throw new UnsupportedOperationException("sockets only");
        }

        @Override
        public void checkClientTrusted(X509Certificate[] certificates, String authType, Socket socket) {
            throw new UnsupportedOperationException("client side only");
        }

        @Override
        public void checkClientTrusted(X509Certificate[] certificates, String authType, SSLEngine engine) {
            throw new UnsupportedOperationException("client side only");
        }

        @Override
        public void checkClientTrusted(X509Certificate[] certificates, String authType) {
            throw new UnsupportedOperationException("client side only");
        }

        @Override
        public X509Certificate[] getAcceptedIssuers() {
            return new X509Certificate[0];
        }
    }
}
