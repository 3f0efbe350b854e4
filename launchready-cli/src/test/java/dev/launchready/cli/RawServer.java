package dev.launchready.cli;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.net.Socket;
import java.nio.charset.StandardCharsets;

/** A loopback server that answers every connection with fixed bytes (or nothing): malformed HTTP on demand. */
final class RawServer implements AutoCloseable {

    private final ServerSocket socket;
    private final Thread thread;

    /** @param answer the bytes to send after reading the request head; null: read and never answer */
    RawServer(String answer) throws IOException {
        socket = new ServerSocket(0, 50, InetAddress.getLoopbackAddress());
        thread = new Thread(() -> {
            while (!socket.isClosed()) {
                try (Socket client = socket.accept()) {
                    readHead(client.getInputStream());
                    if (answer == null) {
                        Thread.sleep(10_000);
                        continue;
                    }
                    OutputStream out = client.getOutputStream();
                    out.write(answer.getBytes(StandardCharsets.ISO_8859_1));
                    out.flush();
                } catch (IOException | InterruptedException e) {
                    // closed, or the client gave up
                }
            }
        }, "raw-server");
        thread.setDaemon(true);
        thread.start();
    }

    int port() {
        return socket.getLocalPort();
    }

    private static void readHead(InputStream in) throws IOException {
        int state = 0;
        for (int c = in.read(); c >= 0; c = in.read()) {
            state = (c == '\r' || c == '\n') ? state + 1 : 0;
            if (state == 4) {
                return;
            }
        }
    }

    @Override
    public void close() throws IOException {
        socket.close();
        thread.interrupt();
    }
}
