package dev.launchready.servlet;

import jakarta.servlet.AsyncContext;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.time.Duration;
import java.util.concurrent.ScheduledThreadPoolExecutor;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Holds a 429 back for a moment before sending it, on an async context rather than a sleeping thread.
 *
 * <p>A credential-stuffing script retries the instant it is refused; answered at once, twenty connections cost
 * thousands of 429s a second, which is every core the limiter just saved for members. Held back, each connection
 * gets one answer per delay. Beyond {@link #MAX_HELD} responses waiting (sockets and buffers, not threads), or
 * where the container cannot go async, the 429 is sent at once: never a thread per attacker.
 */
final class HeldRejections implements AutoCloseable {

    static final int MAX_HELD = 10_000;
    /**
     * The request attribute holding when a held 429 was decided ({@link System#nanoTime}): request timing
     * ends there, so the hold (deliberate, and an attacker's) is not read as the app slowing down.
     */
    static final String HELD_SINCE = HeldRejections.class.getName() + ".since";
    private static final Logger log = LoggerFactory.getLogger(HeldRejections.class);

    /** Writes the 429; called on the request thread or, after the delay, on the timer's. */
    interface Answer {
        void write(HttpServletResponse response) throws IOException;
    }

    private final long delayNanos;
    private final AtomicInteger held = new AtomicInteger();
    private final ScheduledThreadPoolExecutor timer;

    HeldRejections(Duration delay) {
        this.delayNanos = delay.toNanos();
        if (delayNanos == 0) {
            this.timer = null;
            return;
        }
        this.timer = new ScheduledThreadPoolExecutor(1, runnable -> {
            Thread thread = new Thread(runnable, "launchready-held-429");
            thread.setDaemon(true);
            return thread;
        });
        timer.setRemoveOnCancelPolicy(true);
    }

    /** Sends the answer after the delay, or at once when it cannot be held. */
    void send(HttpServletRequest request, HttpServletResponse response, Answer answer) throws IOException {
        if (timer == null || !request.isAsyncSupported() || request.isAsyncStarted()) {
            answer.write(response);
            return;
        }
        if (held.incrementAndGet() > MAX_HELD) {
            held.decrementAndGet();
            answer.write(response);
            return;
        }
        AsyncContext async;
        request.setAttribute(HELD_SINCE, System.nanoTime());
        try {
            async = request.startAsync(request, response);
        } catch (IllegalStateException e) {
            held.decrementAndGet();
            request.removeAttribute(HELD_SINCE);
            answer.write(response);
            return;
        }
        async.setTimeout(TimeUnit.NANOSECONDS.toMillis(delayNanos) + 30_000);
        timer.schedule(() -> release(async, answer), delayNanos, TimeUnit.NANOSECONDS);
    }

    private void release(AsyncContext async, Answer answer) {
        try {
            answer.write((HttpServletResponse) async.getResponse());
        } catch (IOException | RuntimeException gone) {
            // The client left, or the container timed the request out first: nothing left to answer.
            log.debug("held 429 not sent: {}", gone.toString());
        } finally {
            held.decrementAndGet();
            try {
                async.complete();
            } catch (IllegalStateException alreadyDone) {
                log.debug("held 429 already completed");
            }
        }
    }

    /** When the request's 429 was decided and held back, or null when it was not held. */
    static Long heldSince(HttpServletRequest request) {
        return request.getAttribute(HELD_SINCE) instanceof Long since ? since : null;
    }

    int held() {
        return held.get();
    }

    @Override
    public void close() {
        if (timer != null) {
            timer.shutdownNow();
        }
    }
}
