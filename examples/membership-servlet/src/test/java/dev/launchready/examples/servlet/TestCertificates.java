package dev.launchready.examples.servlet;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.KeyStore;
import java.security.cert.CertificateFactory;
import java.util.concurrent.TimeUnit;
import javax.net.ssl.SSLContext;
import javax.net.ssl.TrustManagerFactory;

/**
 * A throw-away CA and a certificate for the test's hosts, made with the {@code openssl} command line
 * (P-256 keys: fast), and an {@link SSLContext} that trusts only that CA.
 */
final class TestCertificates {

    final Path certificate;
    final Path key;
    final SSLContext clientContext;

    private TestCertificates(Path certificate, Path key, SSLContext clientContext) {
        this.certificate = certificate;
        this.key = key;
        this.clientContext = clientContext;
    }

    static TestCertificates forHosts(String... hosts) throws Exception {
        Path dir = Files.createTempDirectory(Files.createDirectories(Path.of("target", "nginx-it")), "tls-")
                .toAbsolutePath();
        StringBuilder san = new StringBuilder("subjectAltName=");
        for (int i = 0; i < hosts.length; i++) {
            san.append(i == 0 ? "" : ",").append("DNS:").append(hosts[i]);
        }
        Files.writeString(dir.resolve("san.ext"), san + "\n");
        openssl(dir, "req", "-x509", "-newkey", "ec", "-pkeyopt", "ec_paramgen_curve:prime256v1", "-nodes",
                "-keyout", "ca.key", "-out", "ca.pem", "-days", "2", "-subj", "/CN=LaunchReady test CA");
        openssl(dir, "req", "-newkey", "ec", "-pkeyopt", "ec_paramgen_curve:prime256v1", "-nodes", "-keyout",
                "site.key", "-out", "site.csr", "-subj", "/CN=" + hosts[0]);
        openssl(dir, "x509", "-req", "-in", "site.csr", "-CA", "ca.pem", "-CAkey", "ca.key", "-CAcreateserial",
                "-out", "site.pem", "-days", "2", "-extfile", "san.ext");
        KeyStore trust = KeyStore.getInstance(KeyStore.getDefaultType());
        trust.load(null, null);
        try (InputStream in = Files.newInputStream(dir.resolve("ca.pem"))) {
            trust.setCertificateEntry("ca", CertificateFactory.getInstance("X.509").generateCertificate(in));
        }
        TrustManagerFactory tmf = TrustManagerFactory.getInstance(TrustManagerFactory.getDefaultAlgorithm());
        tmf.init(trust);
        SSLContext context = SSLContext.getInstance("TLS");
        context.init(null, tmf.getTrustManagers(), null);
        return new TestCertificates(dir.resolve("site.pem"), dir.resolve("site.key"), context);
    }

    private static void openssl(Path dir, String... args) throws IOException, InterruptedException {
        String[] command = new String[args.length + 1];
        command[0] = "openssl";
        System.arraycopy(args, 0, command, 1, args.length);
        Process p;
        try {
            p = new ProcessBuilder(command).directory(dir.toFile()).redirectErrorStream(true)
                    .redirectOutput(dir.resolve("openssl.log").toFile()).start();
        } catch (IOException e) {
            throw new AssertionError("openssl not found: install it (apt-get install openssl)", e);
        }
        if (!p.waitFor(30, TimeUnit.SECONDS) || p.exitValue() != 0) {
            throw new AssertionError("openssl " + String.join(" ", args) + " failed:\n"
                    + Files.readString(dir.resolve("openssl.log")));
        }
    }
}
