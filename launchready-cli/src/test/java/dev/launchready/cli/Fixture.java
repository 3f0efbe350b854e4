package dev.launchready.cli;

import com.sun.net.httpserver.HttpServer;
import dev.launchready.examples.servlet.MembershipServletApp;
import dev.launchready.examples.servlet.RunningApp;
import java.io.IOException;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;

/**
 * The fixture on loopback: the example app, a deliberately slow upstream, dnsmasq serving one zone per
 * {@link Fault}, and nginx terminating TLS for every site with certificates made by {@link TestCertificates}.
 * Started once per test class; every fault is its own site, so one server pair serves them all.
 */
final class Fixture implements AutoCloseable {

    static final String DKIM_SELECTOR = "lr1";
    /** Every fourth request to the slow upstream takes this long: a slow tail, p95 well over budget, p50 not. */
    static final int SLOW_MILLIS = 1200;

    final Path dir;
    final TestCertificates certificates;
    final int httpPort;
    final int httpsPort;
    final int dnsPort;
    final String memberCookie;
    private final RunningApp app;
    private final HttpServer slow;
    private final List<Process> processes = new ArrayList<>();

    Fixture() throws Exception {
        dir = Files.createTempDirectory("launchready-check-");
        try {
            app = MembershipServletApp.start(Map.of("PORT", "0", "STRIPE_WEBHOOK_SECRET", "whsec_check_fixture"));
            slow = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 0);
            java.util.concurrent.atomic.AtomicInteger requests = new java.util.concurrent.atomic.AtomicInteger();
            slow.createContext("/", exchange -> {
                try {
                    Thread.sleep(requests.incrementAndGet() % 4 == 0 ? SLOW_MILLIS : 0);
                } catch (InterruptedException e) {
                    Thread.currentThread().interrupt();
                }
                byte[] body = "<html><body>slow login</body></html>".getBytes(StandardCharsets.UTF_8);
                exchange.getResponseHeaders().add("Content-Type", "text/html");
                exchange.sendResponseHeaders(200, body.length);
                exchange.getResponseBody().write(body);
                exchange.close();
            });
            slow.setExecutor(java.util.concurrent.Executors.newFixedThreadPool(4));
            slow.start();
            memberCookie = logIn(app.port());
            certificates = new TestCertificates(dir);
            httpPort = Ports.freeTcp();
            httpsPort = Ports.freeTcp();
            dnsPort = Ports.freeUdpAndTcp();
            startDnsmasq();
            startNginx();
        } catch (Exception e) {
            close();
            throw e;
        }
    }

    /** The options every audit of the fixture runs with; the URL and format come first. */
    List<String> arguments(Fault fault, String... extra) {
        List<String> args = new ArrayList<>(List.of("check", "https://" + fault.apex() + ":" + httpsPort,
                "--http-port", String.valueOf(httpPort), "--resolver", "127.0.0.1:" + dnsPort,
                "--ca-file", certificates.caCert.toString(), "--subdomain", "app", "--dkim-selector", DKIM_SELECTOR,
                "--member-url", "/members", "--member-cookie", memberCookie, "--path", "/login", "--max-p95", "1s",
                "--smoke", "/login=200", "--smoke", "/webhooks/stripe=400"));
        args.addAll(List.of(extra));
        return args;
    }

    private static String logIn(int port) throws Exception {
        HttpResponse<String> response = HttpClient.newHttpClient().send(HttpRequest.newBuilder(
                URI.create("http://127.0.0.1:" + port + "/login"))
                .header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofString("{\"email\":\"member@example.com\",\"password\":\"launch-ready-1\"}"))
                .build(), HttpResponse.BodyHandlers.ofString());
        String setCookie = response.headers().firstValue("set-cookie")
                .orElseThrow(() -> new IllegalStateException("login gave no cookie: " + response.statusCode()));
        return setCookie.split(";", 2)[0];
    }

    private void startDnsmasq() throws Exception {
        Path conf = dir.resolve("dnsmasq.conf");
        Files.writeString(conf, FixtureZone.dnsmasq());
        Process process = new ProcessBuilder(Binaries.find("dnsmasq"), "--no-daemon", "--port=" + dnsPort,
                "--listen-address=127.0.0.1", "--bind-interfaces", "--no-resolv", "--no-hosts", "--conf-file=" + conf,
                "--pid-file=" + dir.resolve("dnsmasq.pid"), "--user=" + System.getProperty("user.name"))
                .redirectErrorStream(true).redirectOutput(dir.resolve("dnsmasq.log").toFile()).start();
        processes.add(process);
        Ports.awaitTcp(dnsPort, java.time.Duration.ofSeconds(10), process, "dnsmasq (" + dir.resolve("dnsmasq.log") + ")");
    }

    private void startNginx() throws Exception {
        Path prefix = Files.createDirectories(dir.resolve("nginx"));
        Files.createDirectories(prefix.resolve("logs"));
        Path conf = prefix.resolve("nginx.conf");
        Files.writeString(conf, FixtureZone.nginx(this, prefix, app.port(), slow.getAddress().getPort()));
        Process process = new ProcessBuilder(Binaries.find("nginx"), "-p", prefix.toString(), "-c", conf.toString(),
                "-e", prefix.resolve("logs/error.log").toString())
                .redirectErrorStream(true).redirectOutput(prefix.resolve("logs/stdout.log").toFile()).start();
        processes.add(process);
        Ports.awaitTcp(httpsPort, java.time.Duration.ofSeconds(10), process, "nginx (" + prefix.resolve("logs") + ")");
    }

    @Override
    public void close() throws IOException {
        for (Process process : processes) {
            process.destroy();
        }
        for (Process process : processes) {
            try {
                if (!process.waitFor(5, java.util.concurrent.TimeUnit.SECONDS)) {
                    process.destroyForcibly();
                }
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
        }
        if (slow != null) {
            slow.stop(0);
            ((java.util.concurrent.ExecutorService) slow.getExecutor()).shutdownNow();
        }
        if (app != null) {
            app.close();
        }
        if (dir != null && Files.exists(dir)) {
            try (Stream<Path> paths = Files.walk(dir)) {
                paths.sorted(Comparator.reverseOrder()).forEach(p -> p.toFile().delete());
            }
        }
    }
}
