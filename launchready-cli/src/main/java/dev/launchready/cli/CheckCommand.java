package dev.launchready.cli;

import java.io.IOException;
import java.io.OutputStream;
import java.io.PrintStream;
import java.net.URI;
import java.net.URISyntaxException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/** {@code launchready check <url>}: reads the options, runs the audit, prints the report, returns the exit code. */
@Command(name = "check", mixinStandardHelpOptions = true, sortOptions = false,
        description = "Audits a running site: DNS, redirects, TLS, HSTS, headers, exposed files, caching, "
                + "health, CORS, CDN, email (SPF/DKIM/DMARC), smoke paths and latency.",
        exitCodeListHeading = "%nExit codes:%n",
        exitCodeList = {"0:no finding at or above --fail-on", "1:findings at or above --fail-on",
                "2:could not run (bad options, unreadable file, DNS server not answering)"})
final class CheckCommand implements Callable<Integer> {

    @Parameters(index = "0", paramLabel = "URL", description = "The canonical site URL, e.g. https://example.com "
            + "(a port is allowed: https://staging.example.com:8443).")
    String url;

    @Option(names = "--www", paramLabel = "NAME|none", description = "The www host (default www.<apex>); none: the site has no www.")
    String www;

    @Option(names = "--subdomain", paramLabel = "NAME", description = "A subdomain to check (app or app.example.com); repeatable.")
    List<String> subdomains = new ArrayList<>();

    @Option(names = "--mail-domain", paramLabel = "DOMAIN|none", description = "The sending domain (default: the apex); none skips email checks.")
    String mailDomain;

    @Option(names = "--dkim-selector", paramLabel = "SELECTOR", description = "DKIM selector to try before the common ones; repeatable.")
    List<String> dkimSelectors = new ArrayList<>();

    @Option(names = "--member-url", paramLabel = "URL|PATH", description = "A members-only page, e.g. /account.")
    String memberUrl;

    @Option(names = "--member-cookie", paramLabel = "COOKIE", description = "Cookie header that logs in (or env LAUNCHREADY_MEMBER_COOKIE).")
    String memberCookie;

    @Option(names = "--member-token", paramLabel = "TOKEN", description = "Bearer token that logs in (or env LAUNCHREADY_MEMBER_TOKEN).")
    String memberToken;

    @Option(names = "--path", paramLabel = "PATH", description = "A path to time, besides /; repeatable.")
    List<String> paths = new ArrayList<>();

    @Option(names = "--samples", paramLabel = "N", defaultValue = "20", description = "Requests per timed path, at least 20 (default ${DEFAULT-VALUE}).")
    int samples;

    @Option(names = "--max-p95", paramLabel = "DURATION", description = "p95 budget per path, e.g. 300ms.")
    String maxP95;

    @Option(names = "--baseline", paramLabel = "FILE", description = "An earlier --format json report: fail when a p95 regressed by more than 20%%.")
    Path baseline;

    @Option(names = "--smoke", paramLabel = "PATH=STATUS", description = "A path and the status it must answer, e.g. /login=200; repeatable.")
    List<String> smokes = new ArrayList<>();

    @Option(names = "--health-path", paramLabel = "PATH", description = "The health endpoint (default: the first of /healthz, /health, /actuator/health, /livez that answers).")
    String healthPath;

    @Option(names = "--format", paramLabel = "FORMAT", defaultValue = "text", description = "text, json, sarif or markdown (default ${DEFAULT-VALUE}).")
    String format;

    @Option(names = {"-o", "--output"}, paramLabel = "FILE", description = "Write the report to FILE instead of standard output.")
    Path output;

    @Option(names = "--fail-on", paramLabel = "LEVEL", defaultValue = "fail", description = "fail or warn: the lowest severity that exits 1 (default ${DEFAULT-VALUE}).")
    String failOn;

    @Option(names = {"-q", "--quiet"}, description = "Text format: show only warn and fail lines.")
    boolean quiet;

    @Option(names = "--resolver", paramLabel = "HOST:PORT", description = "Send every DNS question (HTTP's too) to this server.")
    String resolver;

    @Option(names = "--ca-file", paramLabel = "PEM", description = "Also trust the CA certificates in this file (staging, tests).")
    Path caFile;

    @Option(names = "--http-port", paramLabel = "PORT", defaultValue = "80", description = "Port of plain HTTP for the redirect checks (default ${DEFAULT-VALUE}).")
    int httpPort;

    @Option(names = "--tls-warn-days", paramLabel = "DAYS", defaultValue = "21", description = "Warn when the certificate expires within this many days (default ${DEFAULT-VALUE}).")
    int tlsWarnDays;

    @Option(names = "--tls-fail-days", paramLabel = "DAYS", defaultValue = "7", description = "Fail when the certificate expires within this many days (default ${DEFAULT-VALUE}).")
    int tlsFailDays;

    @Option(names = "--timeout", paramLabel = "DURATION", defaultValue = "30s", description = "Deadline for the whole audit (default ${DEFAULT-VALUE}).")
    String timeout;

    @Option(names = "--request-timeout", paramLabel = "DURATION", defaultValue = "5s", description = "Connect/read timeout per request and DNS question (default ${DEFAULT-VALUE}).")
    String requestTimeout;

    @Option(names = "--no-color", description = "No colour even on a terminal (NO_COLOR is honoured too).")
    boolean noColor;

    /** Where the report and the progress line go; main uses the process's streams. */
    PrintStream out = System.out;
    PrintStream err = System.err;
    Map<String, String> env = System.getenv();
    boolean terminal = System.console() != null;
    Clock clock = Clock.systemUTC();

    @Override
    public Integer call() throws Exception {
        Severity threshold = switch (failOn.toLowerCase(Locale.ROOT)) {
            case "fail" -> Severity.FAIL;
            case "warn" -> Severity.WARN;
            default -> throw new IllegalArgumentException("--fail-on: expected fail or warn, got '" + failOn + "'");
        };
        String formatName = format.toLowerCase(Locale.ROOT);
        if (!List.of("text", "json", "sarif", "markdown").contains(formatName)) {
            throw new IllegalArgumentException("--format: expected text, json, sarif or markdown, got '" + format + "'");
        }
        Duration requestLimit = Durations.parse("--request-timeout", requestTimeout);
        Target target = target();
        Dns dns = resolver == null ? Dns.system(requestLimit) : resolverAt(resolver, requestLimit);
        if (dns.addresses(target.apex()).status() == Dns.Status.ERROR && dns.addresses(target.host()).status() == Dns.Status.ERROR) {
            throw new IOException("no DNS answer for " + target.apex() + (resolver == null ? "" : " from " + resolver)
                    + ": is the DNS server reachable?");
        }
        Map<String, Double> base = baseline == null ? Map.of() : Baseline.read(baseline);
        Trust trust = Trust.systemPlus(caFile);
        Site site = new Site(target, dns, new Http(dns, trust, requestLimit), clock);
        boolean progress = terminal;
        Audit audit = new Audit(site, base, Durations.parse("--timeout", timeout), line -> {
            if (progress) {
                synchronized (err) {
                    err.print("\r\u001b[2K" + line);
                    err.flush();
                }
            }
        });
        Report report = audit.run();
        if (progress) {
            err.print("\r\u001b[2K");
            err.flush();
        }
        write(report, formatName);
        return report.findings().stream().anyMatch(f -> f.severity().atLeast(threshold))
                ? LaunchReadyCli.FINDINGS : LaunchReadyCli.PASS;
    }

    private void write(Report report, String formatName) throws IOException {
        OutputStream stream = output == null ? out : Files.newOutputStream(output);
        try {
            PrintStream print = stream instanceof PrintStream p ? p : new PrintStream(stream, false, StandardCharsets.UTF_8);
            switch (formatName) {
                case "json" -> JsonReport.write(report, nonClosing(print));
                case "sarif" -> SarifReport.write(report, nonClosing(print));
                case "markdown" -> MarkdownReport.write(report, print);
                default -> TextReport.write(report, print, terminal && output == null && !noColor
                        && !env.containsKey("NO_COLOR"), !quiet);
            }
            if (formatName.equals("json") || formatName.equals("sarif")) {
                print.println();
            }
            print.flush();
        } finally {
            if (output != null) {
                stream.close();
            }
        }
    }

    private static OutputStream nonClosing(PrintStream print) {
        return new java.io.FilterOutputStream(print) {
            @Override
            public void write(byte[] b, int off, int len) {
                print.write(b, off, len);
            }

            @Override
            public void close() {
                print.flush();
            }
        };
    }

    Target target() {
        URI site = siteUri(url);
        String host = site.getHost().toLowerCase(Locale.ROOT);
        String apex = host.startsWith("www.") ? host.substring(4) : host;
        String wwwHost;
        if (www == null) {
            wwwHost = "www." + apex;
        } else if (www.equalsIgnoreCase("none")) {
            wwwHost = null;
        } else {
            wwwHost = www.toLowerCase(Locale.ROOT);
        }
        if (host.startsWith("www.") && wwwHost == null) {
            throw new IllegalArgumentException("--www none, but the URL's host is " + host);
        }
        List<String> subs = subdomains.stream().map(s -> qualify(s, apex)).toList();
        String mail = mailDomain == null ? apex : mailDomain.equalsIgnoreCase("none") ? null : mailDomain;
        URI member = null;
        if (memberUrl != null) {
            member = siteUri(memberUrl.startsWith("/") ? site.resolve(memberUrl).toString() : memberUrl);
        }
        String cookie = memberCookie != null ? memberCookie : env.get("LAUNCHREADY_MEMBER_COOKIE");
        String token = memberToken != null ? memberToken : env.get("LAUNCHREADY_MEMBER_TOKEN");
        List<String> timed = new ArrayList<>();
        timed.add("/");
        for (String path : paths) {
            if (!path.startsWith("/")) {
                throw new IllegalArgumentException("--path must start with /: '" + path + "'");
            }
            if (!timed.contains(path)) {
                timed.add(path);
            }
        }
        if (samples < 20 || samples > 1000) {
            throw new IllegalArgumentException("--samples: between 20 and 1000 (fewer make p95 just the maximum), got " + samples);
        }
        if (httpPort < 1 || httpPort > 65535) {
            throw new IllegalArgumentException("--http-port: 1..65535, got " + httpPort);
        }
        if (tlsFailDays < 0 || tlsWarnDays < tlsFailDays) {
            throw new IllegalArgumentException("--tls-warn-days must be >= --tls-fail-days >= 0");
        }
        if (healthPath != null && !healthPath.startsWith("/")) {
            throw new IllegalArgumentException("--health-path must start with /: '" + healthPath + "'");
        }
        return new Target(site, apex, wwwHost, httpPort, subs, mail, List.copyOf(dkimSelectors), member, cookie, token,
                List.copyOf(timed), samples, maxP95 == null ? null : Durations.parse("--max-p95", maxP95), baseline,
                smokes.stream().map(Smoke::parse).toList(), healthPath, tlsWarnDays, tlsFailDays);
    }

    static URI siteUri(String text) {
        String withScheme = text.contains("://") ? text : "https://" + text;
        URI uri;
        try {
            uri = new URI(withScheme);
        } catch (URISyntaxException e) {
            throw new IllegalArgumentException("not a URL: '" + text + "' (" + e.getReason() + ")", e);
        }
        if (uri.getHost() == null || !(uri.getScheme().equalsIgnoreCase("https") || uri.getScheme().equalsIgnoreCase("http"))) {
            throw new IllegalArgumentException("expected an http(s) URL with a host name, e.g. https://example.com; got '" + text + "'");
        }
        return uri;
    }

    private static String qualify(String name, String apex) {
        String lower = name.toLowerCase(Locale.ROOT);
        if (lower.isEmpty() || lower.contains("/") || lower.contains(":")) {
            throw new IllegalArgumentException("--subdomain expects a name such as app or app." + apex + ", got '" + name + "'");
        }
        return lower.equals(apex) || lower.endsWith("." + apex) ? lower : lower + "." + apex;
    }

    private static Dns resolverAt(String text, Duration timeout) {
        int colon = text.lastIndexOf(':');
        if (colon <= 0) {
            return Dns.at(text, 53, timeout);
        }
        try {
            int port = Integer.parseInt(text.substring(colon + 1));
            if (port < 1 || port > 65535) {
                throw new NumberFormatException();
            }
            return Dns.at(text.substring(0, colon).replace("[", "").replace("]", ""), port, timeout);
        } catch (NumberFormatException e) {
            throw new IllegalArgumentException("--resolver expects host:port, e.g. 127.0.0.1:5353; got '" + text + "'", e);
        }
    }
}
