package dev.launchready.servlet;

import dev.launchready.health.CheckResult;
import dev.launchready.health.HealthCheck;
import dev.launchready.health.HealthChecks;
import java.time.Duration;
import java.util.concurrent.Callable;
import javax.naming.InitialContext;
import javax.sql.DataSource;

/** The database check for a servlet app whose DataSource lives in JNDI; looked up on first use, when JNDI is ready. */
final class JndiDataSourceCheck implements Callable<CheckResult> {

    private final String jndiName;
    private final Duration timeout;
    private volatile HealthCheck delegate;

    private JndiDataSourceCheck(String jndiName, Duration timeout) {
        this.jndiName = jndiName;
        this.timeout = timeout;
    }

    static HealthCheck of(String jndiName, boolean critical, Duration timeout) {
        return HealthCheck.of("database", critical, new JndiDataSourceCheck(jndiName, timeout));
    }

    @Override
    public CheckResult call() throws Exception {
        HealthCheck d = delegate;
        if (d == null) {
            Object found = new InitialContext().lookup(jndiName);
            if (!(found instanceof DataSource dataSource)) {
                return CheckResult.fail(jndiName + " is not a DataSource");
            }
            d = HealthChecks.dataSource("database", dataSource, true, timeout);
            delegate = d;
        }
        return d.check();
    }
}
