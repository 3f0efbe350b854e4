package dev.launchready.examples.servlet;

import dev.launchready.examples.common.reports.Reports;
import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.nio.charset.StandardCharsets;

/** {@code GET /reports/export}: lets its failure escape, as most apps do, for LaunchReady to answer. */
final class ReportsServlet extends HttpServlet {

    private static final long serialVersionUID = 1L;
    private final transient Reports reports = new Reports();

    @Override
    protected void doGet(HttpServletRequest request, HttpServletResponse response) throws IOException {
        String csv = reports.exportCsv();
        response.setContentType("text/csv;charset=utf-8");
        response.getOutputStream().write(csv.getBytes(StandardCharsets.UTF_8));
    }
}
