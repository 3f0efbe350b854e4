package dev.launchready.cli;

import java.io.IOException;
import java.net.URI;
import java.time.Clock;
import java.util.Map;
import java.util.concurrent.atomic.AtomicReference;

/** What every check group shares: the target, DNS, HTTP, the clock, and the start page fetched once. */
final class Site {

    static final int MAX_FOLLOW = 6;

    final Target target;
    final Dns dns;
    final Http http;
    final Clock clock;
    private final AtomicReference<Object> startPage = new AtomicReference<>();

    Site(Target target, Dns dns, Http http, Clock clock) {
        this.target = target;
        this.dns = dns;
        this.http = http;
        this.clock = clock;
    }

    /** The page the site URL ends at after redirects; throws with the reason when it cannot be read. */
    HttpResponse startPage() throws IOException {
        synchronized (startPage) {
            Object page = startPage.get();
            if (page == null) {
                try {
                    page = follow(target.site());
                } catch (IOException e) {
                    page = e;
                }
                startPage.set(page);
            }
            if (page instanceof IOException e) {
                throw new IOException(e.getMessage(), e);
            }
            return (HttpResponse) page;
        }
    }

    /** The canonical origin: where the start page was served from. */
    URI origin() throws IOException {
        return startPage().uri().resolve("/");
    }

    HttpResponse follow(URI uri) throws IOException {
        HttpResponse response = http.get(uri);
        for (int i = 0; i < MAX_FOLLOW && response.isRedirect(); i++) {
            response = http.get(response.location());
        }
        if (response.isRedirect()) {
            throw new IOException(target.site() + " redirects more than " + MAX_FOLLOW + " times");
        }
        return response;
    }

    HttpResponse get(String path, Map<String, String> headers) throws IOException {
        return http.send("GET", origin().resolve(path), headers, 512 * 1024);
    }
}
