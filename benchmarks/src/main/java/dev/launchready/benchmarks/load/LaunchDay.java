package dev.launchready.benchmarks.load;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/**
 * Runs every contender side by side and writes {@code results.md} and {@code latency.png}.
 *
 * <p>All contenders run at once, idle while another is measured, and the steady scenarios are measured in
 * rounds that rotate the order ({@link RoundOrder}): drift on a shared machine then spreads over every
 * contender instead of landing on whichever ran last, and LaunchReady on and off always run back to
 * back. The spike runs once per contender, and its heap is read right after it.
 */
@Command(name = "launch-day", mixinStandardHelpOptions = true,
        description = "Launch-day load: the example apps with LaunchReady off, on, and with the peer stack, under wrk.")
public final class LaunchDay implements Callable<Integer> {

    @Option(names = "--out", description = "Folder for results.md, latency.png and the apps' logs (default: ${DEFAULT-VALUE}).")
    Path out = Path.of("benchmarks/results/launch-day");

    @Option(names = "--seconds", description = "Length of one measured run of a steady scenario (default: ${DEFAULT-VALUE}).")
    int seconds = 10;

    @Option(names = "--rounds", description = "Measured runs per contender and steady scenario (default: ${DEFAULT-VALUE}).")
    int rounds = 2;

    @Option(names = "--warmup-seconds", description = "Unmeasured load per contender and scenario first (default: ${DEFAULT-VALUE}).")
    int warmupSeconds = 8;

    @Option(names = "--spike-seconds", description = "Length of the launch spike (default: ${DEFAULT-VALUE}).")
    int spikeSeconds = 60;

    @Option(names = "--only", split = ",", description = "Contenders to run (default: all): spring-off, spring-on, spring-peers, servlet-off, servlet-on.")
    List<String> only = List.of();

    @Option(names = "--heap", description = "-Xms and -Xmx of every app (default: ${DEFAULT-VALUE}).")
    String heap = "512m";

    @Option(names = "--wrk", description = "The wrk binary (default: ${DEFAULT-VALUE}).")
    String wrkBinary = "wrk";

    @Option(names = "--spring-jar") Path springJar = Path.of("examples/membership-spring/target/membership-spring.jar");
    @Option(names = "--servlet-jar") Path servletJar = Path.of("examples/membership-servlet/target/membership-servlet.jar");
    @Option(names = "--peer-jar") Path peerJar = Path.of("benchmarks/peer-stack/target/peer-stack.jar");

    public static void main(String[] args) {
        System.exit(new CommandLine(new LaunchDay()).execute(args));
    }

    @Override
    public Integer call() throws Exception {
        Results results = measure();
        Files.writeString(out.resolve("results.md"), ResultsPage.render(results));
        LatencyChart.write(results, out.resolve("latency.png"));
        say("wrote " + out.resolve("results.md") + " and " + out.resolve("latency.png"));
        return 0;
    }

    /** Starts the contenders, loads them, stops them; the apps' logs go to {@code out/logs}. */
    Results measure() throws Exception {
        if (seconds < 1 || rounds < 1 || warmupSeconds < 0 || spikeSeconds < 1) {
            throw new CommandLine.ParameterException(new CommandLine(this),
                    "--seconds, --rounds and --spike-seconds must be at least 1, --warmup-seconds at least 0");
        }
        List<Contender> contenders = chosen();
        Path logs = Files.createDirectories(out.resolve("logs"));
        Wrk wrk = Wrk.at(wrkBinary, Files.createTempDirectory("launch-day"));
        Instant started = Instant.now();
        List<RunningApp> apps = new ArrayList<>();
        try {
            apps.addAll(RunningApp.startAll(contenders, heap, logs));
            warmUp(wrk, apps);
            Map<String, Map<Scenario, List<WrkReport>>> steady = measureSteady(wrk, apps);
            Map<String, Spike.SpikeReport> spikes = new LinkedHashMap<>();
            for (RunningApp app : apps) {
                say("spike on " + app.contender().id() + " for " + spikeSeconds + " s");
                spikes.put(app.contender().id(), Spike.run(wrk, app, spikeSeconds));
            }
            return new Results(contenders, steady, spikes, settings(), Duration.between(started, Instant.now()));
        } finally {
            RunningApp.closeAll(apps);
        }
    }

    private List<Contender> chosen() {
        List<Contender> all = Contender.all(springJar, servletJar, peerJar);
        if (only.isEmpty()) {
            return all;
        }
        for (String id : only) {
            if (all.stream().noneMatch(c -> c.id().equals(id))) {
                throw new CommandLine.ParameterException(new CommandLine(this), "--only: unknown contender " + id
                        + "; accepted: " + all.stream().map(Contender::id).toList());
            }
        }
        return all.stream().filter(c -> only.contains(c.id())).toList();
    }

    private void warmUp(Wrk wrk, List<RunningApp> apps) throws Exception {
        if (warmupSeconds == 0) {
            return;
        }
        for (RunningApp app : apps) {
            say("warming up " + app.contender().id());
            for (Scenario scenario : Scenario.values()) {
                scenario.run(wrk, app, warmupSeconds).report();
            }
        }
    }

    private Map<String, Map<Scenario, List<WrkReport>>> measureSteady(Wrk wrk, List<RunningApp> apps) throws Exception {
        Map<String, Map<Scenario, List<WrkReport>>> reports = new LinkedHashMap<>();
        for (int round = 0; round < rounds; round++) {
            List<String> order = RoundOrder.of(apps.stream().map(a -> a.contender().id()).toList(), round);
            for (Scenario scenario : Scenario.values()) {
                for (String id : order) {
                    RunningApp app = apps.stream().filter(a -> a.contender().id().equals(id)).findFirst().orElseThrow();
                    say("round " + (round + 1) + "/" + rounds + ": " + scenario.title + " on " + app.contender().id());
                    reports.computeIfAbsent(id, k -> new LinkedHashMap<>())
                            .computeIfAbsent(scenario, s -> new ArrayList<>())
                            .add(scenario.run(wrk, app, seconds).report());
                }
            }
        }
        return reports;
    }

    private Map<String, String> settings() {
        Map<String, String> settings = new LinkedHashMap<>();
        settings.put("steady runs", rounds + " rounds x " + seconds + " s per contender and scenario, after "
                + warmupSeconds + " s of warm-up each");
        settings.put("spike", spikeSeconds + " s");
        settings.put("app JVM", "-Xms" + heap + " -Xmx" + heap + " -XX:+UseG1GC, Java " + Runtime.version());
        settings.put("machine", Runtime.getRuntime().availableProcessors() + " cores, wrk on the same machine");
        return settings;
    }

    private static void say(String line) {
        System.out.println("launch-day: " + line);
    }
}
