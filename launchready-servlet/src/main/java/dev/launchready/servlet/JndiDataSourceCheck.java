package dev.launchready.servlet;

import dev.launchready.health.CheckResult;
import dev.launchready.health.HealthCheck;
import dev.launchready.health.HealthChecks;
import java.time.Duration;
import javax.naming.InitialContext;
import javax.sql.DataSource;

/** The database check for a servlet app whose DataSource lives in JNDI; looked up on first use, when JNDI is ready. */
final class JndiDataSourceCheck implements HealthCheck {

    private final String jndiName;
    private final boolean critical;
    private final Duration timeout;
    private volatile HealthCheck delegate;

    JndiDataSourceCheck(String jndiName, boolean critical, Duration timeout) {
        this.jndiName = jndiName;
        this.critical = critical;
        this.timeout = timeout;
    }

    @Override
    public String name() {
        return "database";
    }

    @Override
    public boolean critical() {
        return critical;
    }

    @Override
    public CheckResult check() throws Exception {
        HealthCheck d = delegate;
        if (d == null) {
            Object found = new InitialContext().lookup(jndiName);
            if (!(found instanceof DataSource dataSource)) {
                return CheckResult.fail(jndiName + " is not a DataSource");
            }
            d = HealthChecks.dataSource(name(), dataSource, critical, timeout);
            delegate = d;
        }
        return d.check();
    }
}
