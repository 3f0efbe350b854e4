package dev.launchready.cli;

import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/** One response: status, headers (names lower case, in order), the body up to the bound, time to read it, TLS facts. */
record HttpResponse(URI uri, int status, List<Map.Entry<String, String>> headers, byte[] body, long nanos,
        TlsSession tls) {

    /** The first value of a header, or null. */
    String header(String name) {
        String wanted = name.toLowerCase(Locale.ROOT);
        for (Map.Entry<String, String> header : headers) {
            if (header.getKey().equals(wanted)) {
                return header.getValue();
            }
        }
        return null;
    }

    /** Every value of a header, each occurrence as sent. */
    List<String> headers(String name) {
        String wanted = name.toLowerCase(Locale.ROOT);
        return headers.stream().filter(h -> h.getKey().equals(wanted)).map(Map.Entry::getValue).toList();
    }

    boolean isRedirect() {
        return status >= 300 && status < 400 && header("location") != null;
    }

    /** The redirect target, resolved against this response's URL. */
    URI location() {
        return uri.resolve(header("location").trim());
    }

    String text() {
        return new String(body, StandardCharsets.UTF_8);
    }

    double millis() {
        return nanos / 1_000_000.0;
    }
}
