package dev.launchready.health;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.concurrent.Callable;

/** GETs a URL the app depends on; any answer below 500 passes (a 401 or 404 still proves it is up). */
final class HttpDependencyCheck implements Callable<CheckResult> {

    private final URI uri;
    private final Duration timeout;
    private final HttpClient client;

    HttpDependencyCheck(URI uri, Duration timeout) {
        this.uri = uri;
        this.timeout = timeout;
        this.client = HttpClient.newBuilder().connectTimeout(timeout)
                .followRedirects(HttpClient.Redirect.NEVER).build();
    }

    @Override
    public CheckResult call() throws Exception {
        HttpRequest request = HttpRequest.newBuilder(uri).timeout(timeout).GET()
                .header("User-Agent", "launchready-health").build();
        int status = client.send(request, HttpResponse.BodyHandlers.discarding()).statusCode();
        String text = "HTTP " + status + " from " + safe(uri);
        return status < 500 ? CheckResult.pass(text) : CheckResult.fail(text);
    }

    /** Scheme, host, port and path only: user info and query strings often carry keys. */
    static String safe(URI uri) {
        return uri.getScheme() + "://" + uri.getHost() + (uri.getPort() < 0 ? "" : ":" + uri.getPort())
                + (uri.getRawPath() == null ? "" : uri.getRawPath());
    }
}
