package dev.launchready.examples.spring;

import dev.launchready.examples.common.reports.Reports;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.GetMapping;

/** {@code GET /reports/export}: lets its failure escape, as most apps do, for LaunchReady to answer. */
@Controller
class ReportsController {

    private final Reports reports = new Reports();

    @GetMapping(Reports.EXPORT_PATH)
    ResponseEntity<String> export() {
        return ResponseEntity.ok().header("Content-Type", "text/csv;charset=utf-8").body(reports.exportCsv());
    }
}
