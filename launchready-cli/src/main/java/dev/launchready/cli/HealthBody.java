package dev.launchready.cli;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;

/** What a public health answer gives away: per-dependency details, versions, hosts, error texts. */
final class HealthBody {

    private static final List<Pattern> LEAKS = List.of(
            Pattern.compile("\"(checks|components|details)\"\\s*:\\s*[\\[{]"),
            Pattern.compile("(?i)jdbc:[a-z]+:"),
            Pattern.compile("(?i)\"(version|hostname|host|database|diskSpace|exception|error|stackTrace)\"\\s*:"),
            Pattern.compile("(?i)(redis|mysql|postgres|mongodb)://"));

    private HealthBody() {
    }

    /** The patterns the body matches; empty when it says no more than the status. */
    static List<String> leaks(String body) {
        List<String> found = new ArrayList<>();
        for (Pattern pattern : LEAKS) {
            var matcher = pattern.matcher(body);
            if (matcher.find()) {
                found.add(matcher.group());
            }
        }
        return found;
    }
}
