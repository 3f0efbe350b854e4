package dev.launchready.examples.servlet;

import java.net.URI;
import org.eclipse.jetty.server.Server;

/** A started app: where it listens, and how to stop it. */
public final class RunningApp implements AutoCloseable {

    private final Server server;
    private final int port;

    RunningApp(Server server, int port) {
        this.server = server;
        this.port = port;
    }

    /** The port actually bound, useful when {@code PORT=0} asked for any free one. */
    public int port() {
        return port;
    }

    public URI uri() {
        return URI.create("http://localhost:" + port);
    }

    /** Blocks until the server stops, e.g. on SIGTERM. */
    public void join() throws InterruptedException {
        server.join();
    }

    /** Stops gracefully: requests in flight get up to the stop timeout to finish. */
    @Override
    public void close() {
        try {
            server.stop();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("interrupted while stopping", e);
        } catch (Exception e) {
            throw new IllegalStateException("could not stop the server", e);
        }
    }
}
