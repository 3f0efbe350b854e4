package dev.launchready.benchmarks.load;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** A contender's jar running as its own JVM on a free loopback port, its output in a log file. */
final class RunningApp implements AutoCloseable {

    private static final Pattern LISTENING = Pattern.compile("listening on http://localhost:(\\d+)");
    private static final Pattern HEAP_USED = Pattern.compile("heap\\s+total \\d+K, used (\\d+)K");
    private static final Pattern ASSET = Pattern.compile("\"(/assets/[^\"]+)\"");

    private final Contender contender;
    private final Process process;
    private final Path log;
    private final HttpClient http = HttpClient.newBuilder().followRedirects(HttpClient.Redirect.NEVER)
            .connectTimeout(Duration.ofSeconds(5)).build();
    private URI uri;
    private String memberCookie;

    private RunningApp(Contender contender, Process process, Path log) {
        this.contender = contender;
        this.process = process;
        this.log = log;
    }

    /** Every contender gets the same JVM: same heap limit, same collector, no other flags. */
    static RunningApp start(Contender contender, String heap, Path logDir) throws IOException, InterruptedException {
        if (!Files.isRegularFile(contender.jar())) {
            throw new IllegalStateException(contender.jar() + " is missing: build it first (benchmarks/launch-day.sh does)");
        }
        Path log = logDir.resolve(contender.id() + ".log");
        Path java = Path.of(System.getProperty("java.home"), "bin", "java");
        ProcessBuilder builder = new ProcessBuilder(java.toString(), "-Xms" + heap, "-Xmx" + heap, "-XX:+UseG1GC",
                "-jar", contender.jar().toString())
                .redirectErrorStream(true).redirectOutput(log.toFile());
        builder.environment().put("PORT", "0");
        builder.environment().putAll(contender.env());
        RunningApp app = new RunningApp(contender, builder.start(), log);
        app.awaitListening(Duration.ofSeconds(90));
        app.memberCookie = app.logIn();
        return app;
    }

    /** Starts them side by side (start-up is not measured), in the contenders' order; stops them all on a failure. */
    static List<RunningApp> startAll(List<Contender> contenders, String heap, Path logDir) throws InterruptedException {
        ExecutorService starters = Executors.newFixedThreadPool(contenders.size());
        try {
            List<Future<RunningApp>> starting = new ArrayList<>();
            for (Contender contender : contenders) {
                starting.add(starters.submit(() -> start(contender, heap, logDir)));
            }
            List<RunningApp> apps = new ArrayList<>();
            IllegalStateException failed = null;
            for (Future<RunningApp> app : starting) {
                try {
                    apps.add(app.get());
                } catch (ExecutionException e) {
                    failed = failed != null ? failed : new IllegalStateException(e.getCause().getMessage(), e.getCause());
                }
            }
            if (failed != null) {
                closeAll(apps);
                throw failed;
            }
            return apps;
        } finally {
            starters.shutdownNow();
        }
    }

    Contender contender() {
        return contender;
    }

    URI uri() {
        return uri;
    }

    String memberCookie() {
        return memberCookie;
    }

    /** The home page, the pricing page, the login form and the assets the home page links to. */
    List<String> publicPaths() throws IOException, InterruptedException {
        HttpResponse<String> home = http.send(get("/").build(), HttpResponse.BodyHandlers.ofString());
        Set<String> paths = new LinkedHashSet<>(List.of("/", "/pricing", "/login"));
        Matcher asset = ASSET.matcher(home.body());
        while (asset.find()) {
            paths.add(asset.group(1));
        }
        return new ArrayList<>(paths);
    }

    /** Live heap after a full collection, in MiB: what the app really holds after the run. */
    double heapAfterGcMiB() throws IOException, InterruptedException {
        jcmd("GC.run");
        String info = jcmd("GC.heap_info");
        Matcher used = HEAP_USED.matcher(info);
        if (!used.find()) {
            throw new IllegalStateException("unexpected jcmd GC.heap_info output:\n" + info);
        }
        return Long.parseLong(used.group(1)) / 1024.0;
    }

    @Override
    public void close() throws InterruptedException {
        closeAll(List.of(this));
    }

    /** Asks every app to stop at once (each drains for a while), then waits for them all. */
    static void closeAll(List<RunningApp> apps) throws InterruptedException {
        apps.forEach(app -> app.process.destroy());
        for (RunningApp app : apps) {
            if (!app.process.waitFor(60, TimeUnit.SECONDS)) {
                app.process.destroyForcibly().waitFor(10, TimeUnit.SECONDS);
            }
        }
    }

    private void awaitListening(Duration timeout) throws IOException, InterruptedException {
        Instant deadline = Instant.now().plus(timeout);
        while (true) {
            Matcher listening = LISTENING.matcher(Files.readString(log, StandardCharsets.UTF_8));
            if (listening.find()) {
                uri = URI.create("http://127.0.0.1:" + listening.group(1));
                return;
            }
            if (!process.isAlive() || Instant.now().isAfter(deadline)) {
                close();
                throw new IllegalStateException(contender.id() + " did not start; see " + log);
            }
            Thread.sleep(100);
        }
    }

    /** Logs the demo member in as the load scripts' proxy would pass it on, and checks the cookie works. */
    private String logIn() throws IOException, InterruptedException {
        HttpRequest login = proxied(HttpRequest.newBuilder(uri.resolve("/login")))
                .header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofString("{\"email\":\"member@example.com\",\"password\":\"launch-ready-1\"}"))
                .build();
        HttpResponse<Void> reply = http.send(login, HttpResponse.BodyHandlers.discarding());
        List<String> cookies = reply.headers().allValues("Set-Cookie").stream().map(c -> c.split(";", 2)[0]).toList();
        String cookie = String.join("; ", cookies);
        HttpResponse<Void> members = http.send(get("/members").header("Cookie", cookie).build(),
                HttpResponse.BodyHandlers.discarding());
        if (reply.statusCode() != 303 || members.statusCode() != 200) {
            throw new IllegalStateException(contender.id() + ": demo login answered " + reply.statusCode()
                    + " and /members " + members.statusCode() + "; see " + log);
        }
        return cookie;
    }

    private HttpRequest.Builder get(String path) {
        return proxied(HttpRequest.newBuilder(uri.resolve(path))).GET();
    }

    private static HttpRequest.Builder proxied(HttpRequest.Builder request) {
        return request.header("X-Forwarded-For", "198.18.0.10").header("X-Forwarded-Proto", "https")
                .timeout(Duration.ofSeconds(30));
    }

    private String jcmd(String command) throws IOException, InterruptedException {
        Path jcmd = Path.of(System.getProperty("java.home"), "bin", "jcmd");
        Process run = new ProcessBuilder(jcmd.toString(), Long.toString(process.pid()), command).redirectErrorStream(true).start();
        String out = new String(run.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        if (!run.waitFor(60, TimeUnit.SECONDS) || run.exitValue() != 0) {
            throw new IllegalStateException("jcmd " + command + " failed:\n" + out);
        }
        return out;
    }
}
