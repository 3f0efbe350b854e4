package dev.launchready.servlet;

import jakarta.servlet.ServletOutputStream;
import jakarta.servlet.WriteListener;
import java.io.IOException;

/** Runs a hook before the first byte or flush reaches the container's stream; then only passes calls on, no copy. */
final class FirstWriteStream extends ServletOutputStream {

    private final ServletOutputStream delegate;
    private Runnable before;

    FirstWriteStream(ServletOutputStream delegate, Runnable before) {
        this.delegate = delegate;
        this.before = before;
    }

    private void first() {
        Runnable hook = before;
        if (hook != null) {
            before = null;
            hook.run();
        }
    }

    @Override
    public void write(int b) throws IOException {
        first();
        delegate.write(b);
    }

    @Override
    public void write(byte[] b, int off, int len) throws IOException {
        first();
        delegate.write(b, off, len);
    }

    @Override
    public void flush() throws IOException {
        first();
        delegate.flush();
    }

    @Override
    public void close() throws IOException {
        first();
        delegate.close();
    }

    @Override
    public boolean isReady() {
        return delegate.isReady();
    }

    @Override
    public void setWriteListener(WriteListener listener) {
        delegate.setWriteListener(listener);
    }
}
