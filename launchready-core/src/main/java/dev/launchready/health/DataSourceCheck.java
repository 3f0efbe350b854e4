package dev.launchready.health;

import java.sql.Connection;
import java.time.Duration;
import java.util.concurrent.Callable;
import javax.sql.DataSource;

/**
 * Borrows a connection and asks the driver whether it is valid, within the check's timeout
 * (Actuator calls {@code isValid(0)}, which waits forever on some drivers). A pool that has no
 * connection to spare is busy, which is a warning, not an outage.
 */
final class DataSourceCheck implements Callable<CheckResult> {

    private final DataSource dataSource;
    private final int timeoutSeconds;

    DataSourceCheck(DataSource dataSource, Duration timeout) {
        this.dataSource = dataSource;
        this.timeoutSeconds = (int) Math.max(1, (timeout.toMillis() + 999) / 1000);
    }

    @Override
    public CheckResult call() throws Exception {
        try (Connection connection = dataSource.getConnection()) {
            return connection.isValid(timeoutSeconds) ? CheckResult.pass()
                    : CheckResult.fail("connection is not valid");
        } catch (java.sql.SQLTransientConnectionException e) {
            return CheckResult.warn("pool busy: " + CheckOutput.of(e));
        }
    }
}
