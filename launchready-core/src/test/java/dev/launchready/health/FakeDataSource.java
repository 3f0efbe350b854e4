package dev.launchready.health;

import java.io.PrintWriter;
import java.lang.reflect.Proxy;
import java.sql.Connection;
import java.sql.SQLException;
import java.sql.SQLFeatureNotSupportedException;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.logging.Logger;
import javax.sql.DataSource;

/** A DataSource without a driver: hands out connections whose isValid answer the test chooses, or throws. */
final class FakeDataSource implements DataSource {

    private final boolean valid;
    private final SQLException failure;
    final AtomicInteger opened = new AtomicInteger();
    final AtomicInteger closed = new AtomicInteger();
    final AtomicInteger lastValidTimeout = new AtomicInteger(-1);

    private FakeDataSource(boolean valid, SQLException failure) {
        this.valid = valid;
        this.failure = failure;
    }

    static FakeDataSource answering(boolean valid) {
        return new FakeDataSource(valid, null);
    }

    static FakeDataSource throwing(SQLException failure) {
        return new FakeDataSource(false, failure);
    }

    @Override
    public Connection getConnection() throws SQLException {
        if (failure != null) {
            throw failure;
        }
        opened.incrementAndGet();
        return (Connection) Proxy.newProxyInstance(Connection.class.getClassLoader(), new Class<?>[] {Connection.class},
                (proxy, method, args) -> {
                    switch (method.getName()) {
                        case "isValid":
                            lastValidTimeout.set((Integer) args[0]);
                            return valid;
                        case "close":
                            closed.incrementAndGet();
                            return null;
                        case "isClosed":
                            return closed.get() > 0;
                        case "toString":
                            return "FakeConnection";
                        case "hashCode":
                            return System.identityHashCode(proxy);
                        case "equals":
                            return proxy == args[0];
                        default:
                            throw new UnsupportedOperationException(method.getName());
                    }
                });
    }

    @Override
    public Connection getConnection(String username, String password) throws SQLException {
        throw new UnsupportedOperationException("getConnection(user, password)");
    }

    @Override
    public PrintWriter getLogWriter() {
        return null;
    }

    @Override
    public void setLogWriter(PrintWriter out) {
        throw new UnsupportedOperationException("setLogWriter");
    }

    @Override
    public void setLoginTimeout(int seconds) {
        throw new UnsupportedOperationException("setLoginTimeout");
    }

    @Override
    public int getLoginTimeout() {
        return 0;
    }

    @Override
    public Logger getParentLogger() throws SQLFeatureNotSupportedException {
        throw new SQLFeatureNotSupportedException("getParentLogger");
    }

    @Override
    public <T> T unwrap(Class<T> iface) throws SQLException {
        throw new SQLException("not a wrapper");
    }

    @Override
    public boolean isWrapperFor(Class<?> iface) {
        return false;
    }
}
