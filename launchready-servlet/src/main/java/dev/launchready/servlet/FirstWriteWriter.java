package dev.launchready.servlet;

import java.io.IOException;
import java.io.PrintWriter;
import java.io.Writer;

/** The writer's twin of {@link FirstWriteStream}: a hook before the first character, then pass-through. */
final class FirstWriteWriter extends Writer {

    private final PrintWriter delegate;
    private Runnable before;

    FirstWriteWriter(PrintWriter delegate, Runnable before) {
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
    public void write(char[] cbuf, int off, int len) {
        first();
        delegate.write(cbuf, off, len);
    }

    @Override
    public void write(String str, int off, int len) {
        first();
        delegate.write(str, off, len);
    }

    @Override
    public void write(int c) {
        first();
        delegate.write(c);
    }

    @Override
    public void flush() throws IOException {
        first();
        delegate.flush();
        if (delegate.checkError()) {
            throw new IOException("response writer failed");
        }
    }

    @Override
    public void close() {
        first();
        delegate.close();
    }
}
