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
import java.util.concurrent.locks.ReentrantLock;

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
            RedisKeyAsyncCommands<String, String> keys) {
    }

    private final RedisURI uri; // null when reusing a client
    private final Duration timeout;
    private final ReentrantLock lock = new ReentrantLock();
    private final boolean ownsClient;
    private ClientResources resources; // guarded by lock; owned
    private AbstractRedisClient client; // guarded by lock
    private Boolean cluster; // guarded by lock; null until asked
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

    /** The open connection's commands, or a new connection's, by {@code deadline} (a {@link System#nanoTime()}). */
    Commands commands(long deadline) throws TimeoutException, ExecutionException, InterruptedException {
        Commands c = current;
        if (c != null && c.connection().isOpen()) {
            return c;
        }
        if (!lock.tryLock(remaining(deadline), TimeUnit.NANOSECONDS)) {
            throw new TimeoutException("another caller is still connecting");
        }
        try {
            c = current;
            if (c != null && c.connection().isOpen()) {
                return c;
            }
            if (closed) {
                throw new IllegalStateException("the Redis store is closed");
            }
            drop(c);
            c = connect(deadline);
            current = c;
            return c;
        } finally {
            lock.unlock();
        }
    }

    /** Closes {@code c} if it is still the current connection, so the next call connects anew. */
    void drop(Commands c) {
        if (c == null) {
            return;
        }
        if (current == c) {
            current = null;
        }
        c.connection().closeAsync();
    }

    @Override
    public void close() {
        closed = true;
        lock.lock();
        try {
            drop(current);
            if (ownsClient && client != null) {
                client.shutdown(Duration.ZERO, Duration.ofSeconds(2));
                client = null;
            }
            if (resources != null) {
                resources.shutdown(0, 2, TimeUnit.SECONDS);
                resources = null;
            }
        } finally {
            lock.unlock();
        }
    }

    private Commands connect(long deadline) throws TimeoutException, ExecutionException, InterruptedException {
        if (ownsClient && cluster == null) {
            // Ask a plain connection whether this is a Cluster node: once, then keep the answer.
            StatefulRedisConnection<String, String> probe = await(standalone().connectAsync(StringCodec.UTF8, uri), deadline);
            String info;
            try {
                info = await(probe.async().info("cluster").toCompletableFuture(), deadline);
            } catch (TimeoutException | ExecutionException | InterruptedException | RuntimeException e) {
                probe.closeAsync();
                throw e;
            }
            cluster = info.contains("cluster_enabled:1");
            if (!cluster) {
                return commands(probe);
            }
            probe.closeAsync();
            client.shutdownAsync(0, 2, TimeUnit.SECONDS);
            client = null;
        }
        if (cluster) {
            StatefulRedisClusterConnection<String, String> c = await(clusterClient().connectAsync(StringCodec.UTF8), deadline);
            return new Commands(c, c.async(), c.async());
        }
        return commands(await(standalone().connectAsync(StringCodec.UTF8, uri), deadline));
    }

    private static Commands commands(StatefulRedisConnection<String, String> c) {
        return new Commands(c, c.async(), c.async());
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

    private static <T> T await(CompletableFuture<T> future, long deadline)
            throws TimeoutException, ExecutionException, InterruptedException {
        try {
            return future.get(remaining(deadline), TimeUnit.NANOSECONDS);
        } catch (TimeoutException | InterruptedException e) {
            future.thenAccept(c -> {
                if (c instanceof StatefulConnection<?, ?> late) {
                    late.closeAsync(); // should it still open, close it
                }
            });
            throw e;
        }
    }

    private static <T> T await(io.lettuce.core.ConnectionFuture<T> future, long deadline)
            throws TimeoutException, ExecutionException, InterruptedException {
        return await(future.toCompletableFuture(), deadline);
    }

    static long remaining(long deadline) {
        return Math.max(0, deadline - System.nanoTime());
    }
}
