package dev.launchready.servlet;

import jakarta.servlet.ReadListener;
import jakarta.servlet.ServletInputStream;
import jakarta.servlet.http.HttpServletRequest;
import java.io.IOException;
import java.util.Objects;

/**
 * The body as the app reads it after LaunchReady looked at its head: the buffered bytes first, then
 * the rest of the container's stream, so the app gets every byte, unchanged. A failure met while
 * buffering (the client went away) is rethrown where the app's read reaches it, as the container
 * would have thrown it.
 *
 * <p>Async reads fall back to blocking ones: {@link #isReady()} is always true, and a
 * {@link ReadListener} is called on a container thread (through {@code AsyncContext.start}) where its
 * reads may block on the network. Bridging the container's own non-blocking stream would need the
 * listener to see the buffered bytes first and the container's readiness after; the forms LaunchReady
 * buffers are small, so the simpler fallback costs little.
 */
final class BufferedInput extends ServletInputStream {

    private final HttpServletRequest request;
    private final byte[] buffer;
    private final int count;
    private final ServletInputStream rest; // null when even getInputStream() failed
    private final boolean restAtEnd; // the container's stream ended while buffering
    private final IOException failure;
    private int position;
    private boolean ended;
    private long consumed;
    private ReadListener listener;

    BufferedInput(HttpServletRequest request, byte[] buffer, int count, ServletInputStream rest, boolean restAtEnd,
            IOException failure) {
        this.request = request;
        this.buffer = buffer;
        this.count = count;
        this.rest = rest;
        this.restAtEnd = restAtEnd;
        this.failure = failure;
    }

    @Override
    public int read() throws IOException {
        if (position < count) {
            consumed++;
            return buffer[position++] & 0xFF;
        }
        int b = fromRest() ? rest.read() : -1;
        count(b < 0 ? -1 : 1);
        return b;
    }

    @Override
    public int read(byte[] b, int off, int len) throws IOException {
        Objects.checkFromIndexSize(off, len, b.length);
        if (len == 0) {
            return 0;
        }
        if (position < count) {
            // A short read is allowed: the buffered bytes alone, the container's stream on the next call.
            int n = Math.min(len, count - position);
            System.arraycopy(buffer, position, b, off, n);
            position += n;
            consumed += n;
            return n;
        }
        int n = fromRest() ? rest.read(b, off, len) : -1;
        count(n);
        return n;
    }

    /** Whether reads continue on the container's stream; throws what buffering met, if it met anything. */
    private boolean fromRest() throws IOException {
        if (failure != null) {
            throw failure;
        }
        return !restAtEnd && !ended;
    }

    private void count(int n) {
        if (n < 0) {
            ended = true;
        } else {
            consumed += n;
        }
    }

    @Override
    public int available() throws IOException {
        if (position < count) {
            return count - position;
        }
        return failure != null || restAtEnd || ended ? 0 : rest.available();
    }

    @Override
    public boolean isFinished() {
        if (position < count) {
            return false;
        }
        return ended || restAtEnd || (failure == null && rest.isFinished());
    }

    /** Always true: reads after the buffered bytes may block (see the class comment). */
    @Override
    public boolean isReady() {
        return true;
    }

    @Override
    public void setReadListener(ReadListener readListener) {
        Objects.requireNonNull(readListener, "readListener");
        if (listener != null) {
            throw new IllegalStateException("a ReadListener is already set");
        }
        if (!request.isAsyncStarted()) {
            throw new IllegalStateException("setReadListener needs an async request (startAsync first)");
        }
        listener = readListener;
        request.getAsyncContext().start(this::deliver);
    }

    /** Calls the listener the way a container would, until the body is read or the listener stops reading. */
    private void deliver() {
        try {
            long before;
            do {
                before = consumed;
                listener.onDataAvailable();
            } while (!isFinished() && consumed > before);
            if (isFinished()) {
                listener.onAllDataRead();
            }
        } catch (IOException | RuntimeException e) {
            listener.onError(e);
        }
    }

    @Override
    public void close() throws IOException {
        if (rest != null) {
            rest.close();
        }
    }
}
