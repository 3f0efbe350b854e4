package dev.launchready.redis;

import io.lettuce.core.AbstractRedisClient;
import io.lettuce.core.ClientOptions;
import io.lettuce.core.RedisClient;
import io.lettuce.core.RedisURI;
import io.lettuce.core.SocketOptions;
import io.lettuce.core.TimeoutOptions;
import io.lettuce.core.api.StatefulConnection;
import io.lettuce.core.api.StatefulRedisConnection;
import io.lettuce.core.api.async.RedisKeyAsyncCommands;
import io.lettuce.core.api.async.RedisScriptingAsyncCommands;
import io.lettuce.core.cluster.ClusterClientOptions;
import io.lettuce.core.cluster.RedisClusterClient;
import io.lettuce.core.cluster.api.StatefulRedisClusterConnection;
import io.lettuce.core.codec.StringCodec;
import io.lettuce.core.resource.ClientResources;
import io.lettuce.core.resource.DefaultClientResources;
import java.time.Duration;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.concurrent.atomic.AtomicBoolean;

/**
 * One connection to Redis, standalone or Cluster, opened on first use and again after {@link #drop}. Lettuce's
 * own reconnecting is off for a client made here: its back-off would keep the store on memory long after Redis
 * came back, and it logs every attempt; the circuit breaker decides when to try again, and each try opens a new
 * connection within the timeout. Whether the URL names a Cluster node is asked once ({@code INFO cluster}), so
 * the founder gives any node's URL and Cluster just works. A reused client (the app's, in Spring Boot) keeps
 * its own options; only the connection is ours.
 */
final class Connector implements AutoCloseable {

    /** The commands of one open connection; a Cluster connection routes each key to its node. */
    record Commands(StatefulConnection<String, String> connection, RedisScriptingAsyncCommands<String, String> scripts,
            RedisKeyAsyncCommands<String, String> keys, AtomicBoolean dropped) {

        boolean usable() {
            return !dropped.get() && connection.isOpen();
        }
    }

    private final RedisURI uri; // null when reusing a client
    private final Duration timeout;
    private final boolean ownsClient;
    private ClientResources resources; // guarded by this; owned
    private AbstractRedisClient client; // guarded by this
    private Boolean cluster; // guarded by this; null until asked
    private CompletableFuture<Commands> pending; // guarded by this: the connection being opened, or the last one
    private volatile Commands current;
    private volatile boolean closed;

    private Connector(RedisURI uri, AbstractRedisClient client, Duration timeout) {
        this.uri = uri;
        this.client = client;
        this.ownsClient = client == null;
        this.timeout = timeout;
        if (client != null) {
            this.cluster = client instanceof RedisClusterClient;
        }
    }

    /** Connects to {@code uri} with clients of its own, made on first use. */
    static Connector to(RedisURI uri, Duration timeout) {
        uri.setTimeout(timeout); // also bounds the handshake (HELLO, AUTH, SELECT)
        return new Connector(uri, null, timeout);
    }

    /** Opens its connections from the app's client, which it never shuts down. */
    static Connector reusing(AbstractRedisClient client, Duration timeout) {
        if (!(client instanceof RedisClient) && !(client instanceof RedisClusterClient)) {
            throw new IllegalArgumentException("not a Lettuce RedisClient or RedisClusterClient: " + client);
        }
        return new Connector(null, client, timeout);
    }

    /** Starts opening the connection, so the first decision does not pay for loading netty and the handshake. */
    CompletableFuture<?> warmUp() {
        return opening();
    }

    /** The open connection's commands, or a new connection's, by {@code deadline} (a {@link System#nanoTime()}). */
    Commands commands(long deadline) throws TimeoutException, ExecutionException, InterruptedException {
        Commands c = current;
        if (c != null && c.usable()) {
            return c;
        }
        // A connect slower than one call's timeout (a cold JVM loading netty) goes on in the background, and
        // the next call waits for the same one instead of starting over.
        return opening().get(remaining(deadline), TimeUnit.NANOSECONDS);
    }

    /** Closes {@code c} if it is still the current connection, so the next call connects anew. */
    void drop(Commands c) {
        if (c == null || c.dropped().getAndSet(true)) {
            return;
        }
        synchronized (this) {
            if (current == c) {
                current = null;
            }
        }
        c.connection().closeAsync();
    }

    @Override
    public void close() {
        synchronized (this) {
            closed = true;
            if (!ownsClient) {
                // The app's client stays; only our connection goes (an owned client closes its own on shutdown).
                if (pending != null) {
                    pending.thenAccept(this::drop);
                }
                drop(current);
            }
            current = null;
            if (ownsClient && client != null) {
                client.shutdownAsync(0, 2, TimeUnit.SECONDS);
                client = null;
            }
            if (resources != null) {
                resources.shutdown(0, 2, TimeUnit.SECONDS);
                resources = null;
            }
        }
    }

    private synchronized CompletableFuture<Commands> opening() {
        if (closed) {
            return CompletableFuture.failedFuture(new IllegalStateException("the Redis store is closed"));
        }
        Commands c = current;
        if (c != null && c.usable()) {
            return CompletableFuture.completedFuture(c);
        }
        CompletableFuture<Commands> p = pending;
        if (p != null && (!p.isDone() || (!p.isCompletedExceptionally() && p.join().usable()))) {
            return p;
        }
        CompletableFuture<Commands> next = connect().thenApply(this::opened);
        pending = next;
        return next;
    }

    private synchronized Commands opened(Commands c) {
        if (closed) {
            c.connection().closeAsync();
            throw new IllegalStateException("the Redis store is closed");
        }
        current = c;
        return c;
    }

    private synchronized CompletableFuture<Commands> connect() {
        if (ownsClient && cluster == null) {
            // Ask a plain connection whether this is a Cluster node: once, then keep the answer.
            return standalone().connectAsync(StringCodec.UTF8, uri).toCompletableFuture().thenCompose(probe ->
                    probe.async().info("cluster").toCompletableFuture().handle((info, failure) -> {
                        if (failure != null) {
                            probe.closeAsync();
                            throw failure instanceof RuntimeException r ? r : new IllegalStateException(failure);
                        }
                        return info;
                    }).thenCompose(info -> {
                        synchronized (this) {
                            cluster = info.contains("cluster_enabled:1");
                            if (!cluster) {
                                return CompletableFuture.completedFuture(commands(probe));
                            }
                            client.shutdownAsync(0, 2, TimeUnit.SECONDS); // closes the probe too
                            client = null;
                            return connect();
                        }
                    }));
        }
        if (cluster) {
            RedisClusterClient cc = clusterClient();
            // Lettuce connects asynchronously only once it knows the topology: load it (CLUSTER NODES) first.
            return cc.refreshPartitionsAsync().toCompletableFuture()
                    .thenCompose(loaded -> cc.connectAsync(StringCodec.UTF8))
                    .thenApply(c -> new Commands(c, c.async(), c.async(), new AtomicBoolean()));
        }
        if (ownsClient) {
            return standalone().connectAsync(StringCodec.UTF8, uri).toCompletableFuture().thenApply(Connector::commands);
        }
        // The app's client knows its URI (with password, database, Sentinel) but connects to it only blocking.
        RedisClient app = (RedisClient) client;
        CompletableFuture<Commands> f = new CompletableFuture<>();
        Thread t = new Thread(() -> {
            try {
                f.complete(commands(app.connect(StringCodec.UTF8)));
            } catch (RuntimeException e) {
                f.completeExceptionally(e);
            }
        }, "launchready-redis-connect");
        t.setDaemon(true);
        t.start();
        return f;
    }

    private static Commands commands(StatefulRedisConnection<String, String> c) {
        return new Commands(c, c.async(), c.async(), new AtomicBoolean());
    }

    private RedisClient standalone() {
        if (client == null) {
            RedisClient c = RedisClient.create(resources(), uri);
            c.setOptions(ClientOptions.builder().autoReconnect(false)
                    .disconnectedBehavior(ClientOptions.DisconnectedBehavior.REJECT_COMMANDS)
                    .socketOptions(SocketOptions.builder().connectTimeout(timeout).build())
                    .timeoutOptions(TimeoutOptions.enabled(timeout)).build());
            client = c;
        }
        if (!(client instanceof RedisClient standalone)) {
            throw new IllegalStateException("a Cluster client cannot open a plain connection");
        }
        return standalone;
    }

    private RedisClusterClient clusterClient() {
        if (client == null) {
            RedisClusterClient c = RedisClusterClient.create(resources(), uri);
            c.setOptions(ClusterClientOptions.builder().autoReconnect(false)
                    .disconnectedBehavior(ClientOptions.DisconnectedBehavior.REJECT_COMMANDS)
                    .socketOptions(SocketOptions.builder().connectTimeout(timeout).build())
                    .timeoutOptions(TimeoutOptions.enabled(timeout)).build());
            client = c;
        }
        if (!(client instanceof RedisClusterClient c)) {
            throw new IllegalStateException("a plain client cannot open a Cluster connection");
        }
        return c;
    }

    private ClientResources resources() {
        if (resources == null) {
            // Two I/O threads: one connection's traffic needs no more, and a small app must not pay for a pool per core.
            resources = DefaultClientResources.builder().ioThreadPoolSize(2).computationThreadPoolSize(2).build();
        }
        return resources;
    }

    static long remaining(long deadline) {
        return Math.max(0, deadline - System.nanoTime());
    }
}
