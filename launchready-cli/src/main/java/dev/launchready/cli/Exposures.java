package dev.launchready.cli;

import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Locale;
import java.util.function.Predicate;
import java.util.regex.Pattern;

/**
 * Files that must never be served, and how each really looks. A probe counts only when the body looks
 * like the file: a single-page app answers every path with {@code 200 index.html}, which is not a leak.
 */
final class Exposures {

    record Probe(String id, String path, String what, Predicate<String> looksExposed, String fix) {
    }

    private static final Pattern ENV_LINE = Pattern.compile("(?m)^\\s*(export\\s+)?[A-Za-z_][A-Za-z0-9_]*\\s*=.*$");

    static final List<Probe> PROBES = List.of(
            new Probe("exposure.env", "/.env", "environment file with secrets", Exposures::looksLikeEnv,
                    "Deny dotfiles at the proxy (nginx: location ~ /\\. { deny all; }) and keep .env out of the web root; rotate every secret in it."),
            new Probe("exposure.git", "/.git/config", "git repository (source and history downloadable)",
                    body -> body.contains("[core]") && body.contains("repositoryformatversion"),
                    "Deploy a build without .git, or deny /.git at the proxy; assume the source and its history are public."),
            new Probe("exposure.git", "/.git/HEAD", "git repository (source and history downloadable)",
                    body -> body.startsWith("ref: refs/") || body.trim().matches("[0-9a-f]{40}"),
                    "Deploy a build without .git, or deny /.git at the proxy; assume the source and its history are public."),
            new Probe("exposure.actuator", "/actuator/env", "Spring Boot actuator environment",
                    body -> body.contains("\"propertySources\"") || body.contains("\"activeProfiles\""),
                    "Expose only health on the public port: management.endpoints.web.exposure.include=health."),
            new Probe("exposure.actuator", "/actuator/heapdump", "JVM heap dump (every secret in memory)",
                    body -> body.startsWith("JAVA PROFILE 1.0"),
                    "Remove heapdump from management.endpoints.web.exposure.include, or move management to a private port."),
            new Probe("exposure.server-status", "/server-status", "web server status page",
                    body -> body.contains("Apache Server Status") || body.startsWith("Active connections:"),
                    "Allow server-status only from localhost or the monitoring network."),
            new Probe("exposure.credentials", "/.aws/credentials", "cloud credentials",
                    body -> body.toLowerCase(Locale.ROOT).contains("aws_access_key_id"),
                    "Remove the file from the web root and rotate the keys now."));

    private Exposures() {
    }

    /**
     * Whether a probe's answer is the file itself. {@code fallback} is the body served for a random
     * path that cannot exist; an answer equal to it is the app's catch-all page, not the file.
     */
    static boolean exposed(Probe probe, int status, byte[] body, byte[] fallback) {
        if (status != 200 || body.length == 0) {
            return false;
        }
        if (fallback != null && java.util.Arrays.equals(body, fallback)) {
            return false;
        }
        return probe.looksExposed().test(new String(body, StandardCharsets.ISO_8859_1));
    }

    static boolean looksLikeEnv(String body) {
        String trimmed = body.trim();
        if (trimmed.startsWith("<") || trimmed.startsWith("{")) {
            return false;
        }
        long lines = trimmed.lines().filter(l -> !l.isBlank() && !l.trim().startsWith("#")).count();
        long assignments = ENV_LINE.matcher(trimmed).results().count();
        return assignments > 0 && assignments * 2 >= lines;
    }
}
