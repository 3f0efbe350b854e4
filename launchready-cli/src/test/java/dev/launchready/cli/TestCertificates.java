package dev.launchready.cli;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Collectors;

/** A test CA and leaf certificates made with openssl: valid, expiring in 5 days, for the wrong name. */
final class TestCertificates {

    record Pair(Path cert, Path key) {
    }

    final Path dir;
    final Path caCert;
    private final Path caKey;
    private final String openssl;
    private int serial;

    TestCertificates(Path dir) throws Exception {
        this.dir = dir;
        this.openssl = Binaries.find("openssl");
        this.caCert = dir.resolve("ca.pem");
        this.caKey = dir.resolve("ca.key");
        Binaries.run(dir, openssl, "req", "-x509", "-newkey", "ec", "-pkeyopt", "ec_paramgen_curve:prime256v1",
                "-nodes", "-keyout", caKey.toString(), "-out", caCert.toString(), "-days", "30",
                "-subj", "/CN=LaunchReady Test CA", "-addext", "basicConstraints=critical,CA:TRUE",
                "-addext", "keyUsage=critical,keyCertSign,cRLSign");
    }

    /** A leaf for the given DNS names, valid for {@code days} from now. */
    Pair leaf(String name, int days, List<String> dnsNames) throws Exception {
        Path key = dir.resolve(name + ".key");
        Path csr = dir.resolve(name + ".csr");
        Path cert = dir.resolve(name + ".pem");
        Path ext = dir.resolve(name + ".ext");
        Files.writeString(ext, "basicConstraints=CA:FALSE\nextendedKeyUsage=serverAuth\nsubjectAltName="
                + dnsNames.stream().map(n -> "DNS:" + n).collect(Collectors.joining(",")) + "\n");
        Binaries.run(dir, openssl, "req", "-newkey", "ec", "-pkeyopt", "ec_paramgen_curve:prime256v1", "-nodes",
                "-keyout", key.toString(), "-out", csr.toString(), "-subj", "/CN=" + dnsNames.get(0));
        Binaries.run(dir, openssl, "x509", "-req", "-in", csr.toString(), "-CA", caCert.toString(), "-CAkey",
                caKey.toString(), "-set_serial", String.valueOf(1000 + serial++), "-out", cert.toString(),
                "-days", String.valueOf(days), "-extfile", ext.toString());
        return new Pair(cert, key);
    }
}
