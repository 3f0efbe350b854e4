package dev.launchready.redis;

import dev.launchready.config.InvalidSettingException;
import dev.launchready.health.CheckResult;
import dev.launchready.health.HealthCheck;
import io.lettuce.core.ClientOptions;
import io.lettuce.core.ConnectionFuture;
import io.lettuce.core.RedisClient;
import io.lettuce.core.RedisCommandInterruptedException;
import io.lettuce.core.RedisCommandTimeoutException;
import io.lettuce.core.RedisFuture;
import io.lettuce.core.RedisURI;
import io.lettuce.core.SocketOptions;
import io.lettuce.core.TimeoutOptions;
import io.lettuce.core.api.StatefulRedisConnection;
import io.lettuce.core.codec.StringCodec;
import java.net.ConnectException;
import java.net.URI;
import java.net.URLDecoder;
import java.net.UnknownHostException;
import java.nio.channels.ClosedChannelException;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.locks.ReentrantLock;

/**
 * Sends {@code PING} over one reused Lettuce connection; {@code PONG} passes, anything else fails.
 *
 * <p>The client is made and the connection opened on the first run, not before. A run that fails drops
 * the connection, and the next run opens a new one: Lettuce's own reconnecting is off, because its
 * back-off (up to 30 s between attempts) would keep the check failing long after Redis came back, its
 * retry loop logs on every attempt, and a connection that silently stopped answering would never be
 * replaced. So while Redis is down each run costs one connect attempt, and the first run after it is back
 * passes. Every run ends within about the timeout: connecting and the {@code PING} share one deadline.
 *
 * <p>Output names Redis only as {@code host:port}; the URL's password never appears in it.
 */
final class RedisPingCheck implements HealthCheck, AutoCloseable {

    private final String name;
    private final boolean critical;
    private final Duration timeout;
    private final RedisURI redisUri;
    private final ClientOptions options;
    private final String where;
    private final FailureText text;
    private final ReentrantLock lock = new ReentrantLock();

    private final AtomicBoolean closed = new AtomicBoolean();
    private volatile RedisClient client; // made on the first run; written under the lock
    private StatefulRedisConnection<String, String> connection; // guarded by lock

    RedisPingCheck(String name, URI uri, boolean critical, Duration timeout) {
        this.name = Objects.requireNonNull(name, "name");
        this.critical = critical;
        this.timeout = Objects.requireNonNull(timeout, "timeout");
        Objects.requireNonNull(uri, "uri");
        try {
            this.redisUri = RedisURI.create(uri);
        } catch (RuntimeException e) {
            // Lettuce's message may quote the URL, password included.
            throw new InvalidSettingException("launchready.redis.url",
                    "is not a Redis URL Lettuce can use (" + e.getClass().getSimpleName() + ")");
        }
        redisUri.setTimeout(timeout); // command timeout, also used for the connection handshake
        this.options = ClientOptions.builder()
                .autoReconnect(false)
                .disconnectedBehavior(ClientOptions.DisconnectedBehavior.REJECT_COMMANDS)
                .socketOptions(SocketOptions.builder().connectTimeout(timeout).build())
                .timeoutOptions(TimeoutOptions.enabled(timeout))
                .build();
        this.where = FailureText.hostAndPort(redisUri.getHost(), redisUri.getPort());
        this.text = new FailureText(uri, timeout);
    }

    @Override
    public String name() {
        return name;
    }

    @Override
    public boolean critical() {
        return critical;
    }

    @Override
    public CheckResult check() throws InterruptedException {
        if (!lock.tryLock(timeout.toNanos(), TimeUnit.NANOSECONDS)) {
            return fail("the previous check is still running");
        }
        try {
            if (closed.get()) {
                return fail("check is closed");
            }
            RedisClient c;
            try {
                c = client();
            } catch (RuntimeException e) {
                return fail(reason(e));
            }
            // The clock starts once the client exists: making it is local work (a cold JVM needs most of a
            // second to load Lettuce and netty), not time spent waiting for Redis.
            long started = System.nanoTime();
            long deadline = started + timeout.toNanos();
            String reply;
            try {
                RedisFuture<String> ping = connection(c, deadline).async().ping();
                reply = ping.get(remaining(deadline), TimeUnit.NANOSECONDS);
            } catch (ExecutionException | TimeoutException | RuntimeException e) {
                drop();
                return fail(reason(e));
            } catch (InterruptedException e) {
                drop();
                throw e;
            }
            if (!"PONG".equals(reply)) {
                drop();
                return fail("unexpected answer to PING: " + clip(mask(String.valueOf(reply)), 40));
            }
            long micros = TimeUnit.NANOSECONDS.toMicros(System.nanoTime() - started);
            return CheckResult.pass("redis at " + where + ": PONG in " + millis(micros) + " ms");
        } finally {
            lock.unlock();
        }
    }

    /** Shuts the client down, waiting at most about two seconds; later runs fail. Safe to call twice. */
    @Override
    public void close() {
        if (closed.getAndSet(true)) {
            return;
        }
        RedisClient c = client;
        if (c != null) {
            shutdown(c);
        }
    }

    @Override
    public String toString() {
        return "RedisPingCheck[" + name + ", redis at " + where + (critical ? ", critical]" : "]");
    }

    /** The open connection, or a new one within the deadline. */
    private StatefulRedisConnection<String, String> connection(RedisClient client, long deadline)
            throws ExecutionException, TimeoutException, InterruptedException {
        StatefulRedisConnection<String, String> c = connection;
        if (c != null && c.isOpen()) {
            return c;
        }
        drop();
        ConnectionFuture<StatefulRedisConnection<String, String>> future =
                client.connectAsync(StringCodec.UTF8, redisUri);
        try {
            c = future.get(remaining(deadline), TimeUnit.NANOSECONDS);
        } catch (TimeoutException | InterruptedException e) {
            future.thenAccept(StatefulRedisConnection::closeAsync); // should it still open, close it
            throw e;
        }
        connection = c;
        return c;
    }

    private RedisClient client() {
        RedisClient c = client;
        if (c == null) {
            c = RedisClient.create(redisUri);
            c.setOptions(options);
            client = c;
            // close() reads client after setting closed; this reads closed after setting client, so one
            // of the two sees the other and the client is always shut down.
            if (closed.get()) {
                shutdown(c);
                throw new IllegalStateException("check is closed");
            }
        }
        return c;
    }

    private void drop() {
        StatefulRedisConnection<String, String> c = connection;
        connection = null;
        if (c != null) {
            c.closeAsync();
        }
    }

    private static void shutdown(RedisClient c) {
        try {
            c.shutdown(Duration.ZERO, Duration.ofSeconds(2));
        } catch (RuntimeException e) {
            // shutting down anyway; nothing to do about it
        }
    }

    private CheckResult fail(String reason) {
        return CheckResult.fail("redis at " + where + ": " + reason);
    }

    /** A short reason for a failure, without secrets. */
    String reason(Throwable failure) {
        return text.reason(failure);
    }

    private String mask(String t) {
        return text.mask(t);
    }

    private static String clip(String t, int max) {
        return FailureText.clip(t, max);
    }

    private static long remaining(long deadline) {
        return Math.max(0, deadline - System.nanoTime());
    }

    private static String millis(long micros) {
        return micros < 10_000 ? String.format(Locale.ROOT, "%.1f", micros / 1000.0)
                : Long.toString(micros / 1000);
    }
}
