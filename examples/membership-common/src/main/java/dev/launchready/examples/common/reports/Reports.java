package dev.launchready.examples.common.reports;

import java.net.ConnectException;

/**
 * The community's public stats export, which reads a reporting database the demo does not have: every export fails,
 * the way a real one does the night that database is down. The failure's message carries the JDBC URL
 * with its password, as drivers' messages do, to show that neither the member's page nor the log line
 * ever shows it.
 */
public final class Reports {

    public static final String EXPORT_PATH = "/reports/export";
    static final String DATABASE_URL =
            "jdbc:postgresql://reports-db.internal:5432/reports?user=reporting&password=demo-reports-pass-1";

    public String exportCsv() {
        throw new IllegalStateException("cannot export: reporting database unreachable at " + DATABASE_URL,
                new ConnectException("Connection refused: reports-db.internal/10.0.4.7:5432"));
    }
}
