package dev.launchready.examples.servlet;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.Socket;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import javax.net.ssl.SNIHostName;
import javax.net.ssl.SSLContext;
import javax.net.ssl.SSLParameters;
import javax.net.ssl.SSLSocket;

/**
 * HTTP/1.1 by hand over a loopback socket, so a test can send any Host, any request target and any
 * header (java.net.http refuses to set Host) and see every header line as sent, including broken ones.
 * With TLS, the SNI and the certificate check use the host name: "our hosts resolved to loopback".
 */
final class RawHttp {

    record Response(int status, List<String> headerLines) {
        String header(String name) {
            String prefix = name.toLowerCase(Locale.ROOT) + ":";
            for (String line : headerLines) {
                if (line.toLowerCase(Locale.ROOT).startsWith(prefix)) {
                    return line.substring(prefix.length()).strip();
                }
            }
            return null;
        }
    }

    private RawHttp() {
    }

    /**
     * @param tls null for plain HTTP
     * @param tlsHost the name for SNI and the certificate check
     */
    static Response send(int port, SSLContext tls, String tlsHost, String method, String target, String hostHeader,
            String... headerLines) throws IOException {
        Socket socket = new Socket();
        socket.connect(new InetSocketAddress(InetAddress.getLoopbackAddress(), port), 3000);
        socket.setSoTimeout(10_000);
        if (tls != null) {
            SSLSocket ssl = (SSLSocket) tls.getSocketFactory().createSocket(socket, tlsHost, port, true);
            SSLParameters params = ssl.getSSLParameters();
            params.setServerNames(List.of(new SNIHostName(tlsHost)));
            params.setEndpointIdentificationAlgorithm("HTTPS");
            ssl.setSSLParameters(params);
            ssl.startHandshake();
            socket = ssl;
        }
        try (Socket s = socket) {
            StringBuilder request = new StringBuilder(method).append(' ').append(target).append(" HTTP/1.1\r\n");
            if (hostHeader != null) {
                request.append("Host: ").append(hostHeader).append("\r\n");
            }
            for (String line : headerLines) {
                request.append(line).append("\r\n");
            }
            request.append("Content-Length: 0\r\nConnection: close\r\n\r\n");
            OutputStream out = s.getOutputStream();
            out.write(request.toString().getBytes(StandardCharsets.ISO_8859_1));
            out.flush();
            InputStream in = s.getInputStream();
            ByteArrayOutputStream all = new ByteArrayOutputStream();
            in.transferTo(all);
            String text = all.toString(StandardCharsets.ISO_8859_1);
            int end = text.indexOf("\r\n\r\n");
            String[] lines = (end < 0 ? text : text.substring(0, end)).split("\r\n");
            if (lines.length == 0 || !lines[0].startsWith("HTTP/1.1 ")) {
                throw new IOException("no HTTP response: " + text);
            }
            List<String> headers = new ArrayList<>(List.of(lines).subList(1, lines.length));
            return new Response(Integer.parseInt(lines[0].substring(9, 12)), headers);
        }
    }
}
