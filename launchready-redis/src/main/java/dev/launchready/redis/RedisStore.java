package dev.launchready.redis;

import dev.launchready.config.Limit;
import dev.launchready.ratelimit.store.Decision;
import dev.launchready.ratelimit.store.Gcra;
import dev.launchready.ratelimit.store.RateLimitStore;
import io.lettuce.core.RedisNoScriptException;
import io.lettuce.core.ScriptOutputType;
import java.time.Duration;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.function.LongSupplier;

/**
 * GCRA on Redis: one {@code EVALSHA} of {@link GcraScript} per decision, one key per call (so Redis Cluster
 * routes it), one round trip (the script's text goes once more only after Redis lost it: {@code NOSCRIPT},
 * then {@code EVAL}). Every call ends within the timeout or throws; the failover store above decides what a
 * failure means. Keys are prefixed {@code launchready:ratelimit:}.
 */
final class RedisStore implements RateLimitStore {

    static final String PREFIX = "launchready:ratelimit:";

    private final Connector connector;
    private final long timeoutNanos;
    private final LongSupplier nowMicros; // below zero: Redis's own TIME

    RedisStore(Connector connector, Duration timeout) {
        this(connector, timeout, () -> -1);
    }

    /** With a clock of the caller's, in microseconds, instead of Redis's {@code TIME}: for tests. */
    RedisStore(Connector connector, Duration timeout, LongSupplier nowMicros) {
        this.connector = connector;
        this.timeoutNanos = timeout.toNanos();
        this.nowMicros = nowMicros;
    }

    @Override
    public Decision take(String key, Limit limit) {
        return run(key, limit, GcraScript.TAKE);
    }

    @Override
    public Decision peek(String key, Limit limit) {
        return run(key, limit, GcraScript.PEEK);
    }

    @Override
    public void reset(String key) {
        long deadline = System.nanoTime() + timeoutNanos;
        Connector.Commands c = commands(deadline);
        await(c.keys().del(PREFIX + key).toCompletableFuture(), deadline, c);
    }

    @Override
    public String toString() {
        return "redis";
    }

    private Decision run(String key, Limit limit, String mode) {
        Gcra gcra = Gcra.of(limit);
        long deadline = System.nanoTime() + timeoutNanos;
        Connector.Commands c = commands(deadline);
        String[] keys = {PREFIX + key};
        String[] args = GcraScript.args(mode, gcra, nowMicros.getAsLong());
        Object reply;
        try {
            reply = await(c.scripts().<Object>evalsha(GcraScript.SHA1, ScriptOutputType.MULTI, keys, args)
                    .toCompletableFuture(), deadline, c);
        } catch (RedisStoreException e) {
            if (!noScript(e.getCause())) {
                throw e;
            }
            // Redis lost its script cache (a restart, a failover, SCRIPT FLUSH): send the text, which caches it again.
            reply = await(c.scripts().<Object>eval(GcraScript.SOURCE, ScriptOutputType.MULTI, keys, args)
                    .toCompletableFuture(), deadline, c);
        }
        return GcraScript.decision(gcra, reply, mode.equals(GcraScript.TAKE));
    }

    private Connector.Commands commands(long deadline) {
        try {
            return connector.commands(deadline);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new RedisStoreException(e);
        } catch (TimeoutException | ExecutionException e) {
            throw new RedisStoreException(e);
        }
    }

    private <T> T await(CompletableFuture<T> future, long deadline, Connector.Commands c) {
        try {
            return future.get(Connector.remaining(deadline), TimeUnit.NANOSECONDS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            future.cancel(false);
            throw new RedisStoreException(e);
        } catch (TimeoutException e) {
            // A Redis that stopped answering may never answer this connection again (a failover moved its
            // address, a half-open socket): the next try connects anew.
            future.cancel(false);
            connector.drop(c);
            throw new RedisStoreException(e);
        } catch (ExecutionException e) {
            if (!c.connection().isOpen()) {
                connector.drop(c);
            }
            throw new RedisStoreException(e.getCause());
        }
    }

    private static boolean noScript(Throwable e) {
        Throwable t = e instanceof CompletionException && e.getCause() != null ? e.getCause() : e;
        if (t == null) {
            return false;
        }
        return t instanceof RedisNoScriptException
                || (t.getMessage() != null && t.getMessage().startsWith("NOSCRIPT"));
    }

    /** A decision Redis did not give in time, or at all; the cause says why. */
    static final class RedisStoreException extends RuntimeException {
        RedisStoreException(Throwable cause) {
            super(cause);
        }
    }
}
