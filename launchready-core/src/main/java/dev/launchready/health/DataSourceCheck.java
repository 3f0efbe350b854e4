package dev.launchready.health;

import java.sql.Connection;
import java.time.Duration;
import javax.sql.DataSource;

/**
 * Borrows a connection and asks the driver whether it is valid, within the check's timeout
 * (Actuator calls {@code isValid(0)}, which waits forever on some drivers). A pool that has no
 * connection to spare is busy, which is a warning, not an outage.
 */
final class DataSourceCheck implements HealthCheck {

    private final String name;
    private final DataSource dataSource;
    private final boolean critical;
    private final int timeoutSeconds;

    DataSourceCheck(String name, DataSource dataSource, boolean critical, Duration timeout) {
        this.name = name;
        this.dataSource = dataSource;
        this.critical = critical;
        this.timeoutSeconds = (int) Math.max(1, (timeout.toMillis() + 999) / 1000);
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
    public CheckResult check() throws Exception {
        try (Connection connection = dataSource.getConnection()) {
            return connection.isValid(timeoutSeconds) ? CheckResult.pass()
                    : CheckResult.fail("connection is not valid");
        } catch (java.sql.SQLTransientConnectionException e) {
            return CheckResult.warn("pool busy: " + CheckOutput.of(e));
        }
    }
}
