package dev.launchready.cli;

import java.io.BufferedInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.Socket;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import javax.net.ssl.SNIHostName;
import javax.net.ssl.SSLContext;
import javax.net.ssl.SSLParameters;
import javax.net.ssl.SSLSocket;
import javax.net.ssl.TrustManager;

/**
 * A small HTTP/1.1 client over plain sockets. The JDK 17 {@code HttpClient} resolves names itself and
 * verifies certificates before anyone can look at them; the audit needs both in its own hands: every
 * name through {@link Dns} (so {@code --resolver} sees the HTTP lookups too), a connection to the
 * resolved address with SNI and Host kept as the name, and the certificate chain, protocol and any
 * trust problem recorded instead of thrown. One request per connection ({@code Connection: close}),
 * no redirects followed (the redirect check follows them itself), bodies read up to a bound.
 */
final class Http {

    static final String USER_AGENT = "launchready-check/" + Version.TEXT;
    private static final int MAX_HEADER_BYTES = 64 * 1024;

    private final Dns dns;
    private final Trust.Recorder recorder;
    private final SSLContext context;
    private final Duration timeout;

    Http(Dns dns, Trust trust, Duration timeout) throws IOException {
        this.dns = dns;
        this.recorder = trust.recorder();
        this.context = context(recorder);
        this.timeout = timeout;
    }

    HttpResponse get(URI uri) throws IOException {
        return send("GET", uri, Map.of(), 512 * 1024);
    }

    HttpResponse send(String method, URI uri, Map<String, String> headers, int maxBody) throws IOException {
        String scheme = uri.getScheme() == null ? "" : uri.getScheme().toLowerCase(Locale.ROOT);
        boolean https = scheme.equals("https");
        if (!https && !scheme.equals("http")) {
            throw new IOException("not an http(s) URL: " + uri);
        }
        String host = uri.getHost();
        if (host == null) {
            throw new IOException("no host in " + uri);
        }
        int port = uri.getPort() != -1 ? uri.getPort() : https ? 443 : 80;
        InetAddress address = resolve(host);
        long start = System.nanoTime();
        int millis = (int) timeout.toMillis();
        Socket plain = new Socket();
        try {
            plain.connect(new InetSocketAddress(address, port), millis);
            plain.setSoTimeout(millis);
            Socket socket = plain;
            TlsSession tls = null;
            if (https) {
                SSLSocket ssl = (SSLSocket) context.getSocketFactory().createSocket(plain, host, port, true);
                SSLParameters parameters = ssl.getSSLParameters();
                parameters.setEndpointIdentificationAlgorithm("HTTPS");
                if (!isIpLiteral(host)) {
                    parameters.setServerNames(List.of(new SNIHostName(host)));
                }
                ssl.setSSLParameters(parameters);
                ssl.startHandshake();
                Trust.Facts facts = recorder.facts(host, port);
                if (facts == null) {
                    throw new IOException("TLS handshake with " + host + " completed without a certificate check");
                }
                tls = new TlsSession(host, ssl.getSession().getProtocol(), facts.chain(), facts.chainProblem(),
                        facts.hostnameProblem());
                socket = ssl;
            }
            writeRequest(socket.getOutputStream(), method, uri, host, port, https, headers);
            return readResponse(new BufferedInputStream(socket.getInputStream()), method, uri, start, tls, maxBody);
        } finally {
            plain.close();
        }
    }

    private InetAddress resolve(String host) throws IOException {
        if (isIpLiteral(host)) {
            return InetAddress.getByName(host.replace("[", "").replace("]", ""));
        }
        Dns.Answer answer = dns.addresses(host);
        if (!answer.found()) {
            throw new IOException(host + " does not resolve (" + answer.status() + ")");
        }
        // An IP literal never triggers a lookup of its own.
        return InetAddress.getByName(answer.values().get(0));
    }

    static boolean isIpLiteral(String host) {
        return host.startsWith("[") || host.contains(":") || host.matches("[0-9.]+");
    }

    private static SSLContext context(Trust.Recorder recorder) throws IOException {
        try {
            SSLContext context = SSLContext.getInstance("TLS");
            context.init(null, new TrustManager[] {recorder}, null);
            return context;
        } catch (GeneralSecurityException e) {
            throw new IOException("TLS is unavailable in this JVM: " + e.getMessage(), e);
        }
    }

    private static void writeRequest(OutputStream out, String method, URI uri, String host, int port, boolean https,
            Map<String, String> headers) throws IOException {
        String path = uri.getRawPath() == null || uri.getRawPath().isEmpty() ? "/" : uri.getRawPath();
        if (uri.getRawQuery() != null) {
            path += "?" + uri.getRawQuery();
        }
        boolean defaultPort = port == (https ? 443 : 80);
        StringBuilder request = new StringBuilder()
                .append(method).append(' ').append(path).append(" HTTP/1.1\r\n")
                .append("Host: ").append(host).append(defaultPort ? "" : ":" + port).append("\r\n")
                .append("User-Agent: ").append(USER_AGENT).append("\r\n")
                .append("Accept: text/html,application/json;q=0.9,*/*;q=0.8\r\n")
                .append("Accept-Encoding: identity\r\n")
                .append("Connection: close\r\n");
        headers.forEach((name, value) -> request.append(name).append(": ").append(value).append("\r\n"));
        request.append("\r\n");
        out.write(request.toString().getBytes(StandardCharsets.ISO_8859_1));
        out.flush();
    }

    private static HttpResponse readResponse(InputStream in, String method, URI uri, long start, TlsSession tls,
            int maxBody) throws IOException {
        String statusLine = line(in);
        String[] parts = statusLine.split(" ", 3);
        if (parts.length < 2 || !parts[0].startsWith("HTTP/")) {
            throw new IOException("not an HTTP response from " + uri + ": " + abbreviate(statusLine));
        }
        int status;
        try {
            status = Integer.parseInt(parts[1]);
        } catch (NumberFormatException e) {
            throw new IOException("bad status line from " + uri + ": " + abbreviate(statusLine), e);
        }
        List<Map.Entry<String, String>> headers = new ArrayList<>();
        int headerBytes = 0;
        for (String line = line(in); !line.isEmpty(); line = line(in)) {
            headerBytes += line.length();
            if (headerBytes > MAX_HEADER_BYTES) {
                throw new IOException("response headers from " + uri + " exceed " + MAX_HEADER_BYTES + " bytes");
            }
            int colon = line.indexOf(':');
            if (colon > 0) {
                headers.add(Map.entry(line.substring(0, colon).trim().toLowerCase(Locale.ROOT),
                        line.substring(colon + 1).trim()));
            }
        }
        HttpResponse head = new HttpResponse(uri, status, headers, new byte[0], 0, tls);
        byte[] body = new byte[0];
        boolean noBody = method.equals("HEAD") || status / 100 == 1 || status == 204 || status == 304;
        if (!noBody) {
            String encoding = head.header("transfer-encoding");
            String length = head.header("content-length");
            if (encoding != null && encoding.toLowerCase(Locale.ROOT).contains("chunked")) {
                body = chunked(in, maxBody);
            } else if (length != null) {
                body = read(in, (int) Math.min(parseLength(length), maxBody));
            } else {
                body = read(in, maxBody);
            }
        }
        return new HttpResponse(uri, status, headers, body, System.nanoTime() - start, tls);
    }

    private static long parseLength(String length) throws IOException {
        try {
            return Long.parseLong(length.trim());
        } catch (NumberFormatException e) {
            throw new IOException("bad Content-Length: " + abbreviate(length), e);
        }
    }

    private static byte[] chunked(InputStream in, int maxBody) throws IOException {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        while (out.size() < maxBody) {
            String sizeLine = line(in);
            int semicolon = sizeLine.indexOf(';');
            int size;
            try {
                size = Integer.parseInt((semicolon >= 0 ? sizeLine.substring(0, semicolon) : sizeLine).trim(), 16);
            } catch (NumberFormatException e) {
                throw new IOException("bad chunk size: " + abbreviate(sizeLine), e);
            }
            if (size == 0) {
                break;
            }
            out.write(read(in, Math.min(size, maxBody - out.size())));
            if (out.size() >= maxBody) {
                break;
            }
            line(in);
        }
        return out.toByteArray();
    }

    private static byte[] read(InputStream in, int max) throws IOException {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        byte[] buffer = new byte[8192];
        while (out.size() < max) {
            int n = in.read(buffer, 0, Math.min(buffer.length, max - out.size()));
            if (n < 0) {
                break;
            }
            out.write(buffer, 0, n);
        }
        return out.toByteArray();
    }

    private static String line(InputStream in) throws IOException {
        StringBuilder line = new StringBuilder();
        for (int c = in.read(); c != '\n'; c = in.read()) {
            if (c < 0) {
                if (line.length() == 0) {
                    throw new IOException("connection closed before a complete response");
                }
                break;
            }
            if (line.length() > MAX_HEADER_BYTES) {
                throw new IOException("response line too long");
            }
            if (c != '\r') {
                line.append((char) c);
            }
        }
        return line.toString();
    }

    static String abbreviate(String text) {
        return text.length() <= 80 ? text : text.substring(0, 77) + "...";
    }
}
