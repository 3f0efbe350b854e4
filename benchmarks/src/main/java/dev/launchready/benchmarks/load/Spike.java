package dev.launchready.benchmarks.load;

import java.io.IOException;
import java.util.List;
import java.util.Map;

/**
 * The launch spike: 200 concurrent visitors for a minute (180 browsing with a think time, 20 logging in)
 * while 20 attacker addresses hammer {@code /login} and {@code /password-reset} with no pause.
 */
final class Spike {

    static final int BROWSING = 180;
    static final int LOGGING_IN = 20;
    static final int ATTACKERS = 20;
    /** A visitor reads a page for 0.5 to 1.5 s before the next click. */
    static final int BROWSE_THINK_MS = 1000;
    /** 3 to 9 s between one connection's logins: about 200 logins a minute, one for each visitor. */
    static final int LOGIN_THINK_MS = 6000;

    private Spike() {
    }

    static SpikeReport run(Wrk wrk, RunningApp app, int seconds) throws IOException, InterruptedException {
        String publicPaths = String.join(",", app.publicPaths());
        Wrk.Run attackers = wrk.run("attacker.lua", app.uri(), ATTACKERS, ATTACKERS, seconds);
        Wrk.Run browsing = wrk.run("visitor.lua", app.uri(), 2, BROWSING, seconds, app.memberCookie(),
                Integer.toString(BROWSE_THINK_MS), publicPaths);
        Wrk.Run loggingIn = wrk.run("login.lua", app.uri(), 2, LOGGING_IN, seconds, Integer.toString(LOGIN_THINK_MS));
        WrkReport browsed = browsing.report();
        WrkReport loggedIn = loggingIn.report();
        WrkReport attacked = attackers.report();
        return new SpikeReport(browsed, loggedIn, attacked, app.heapAfterGcMiB());
    }

    /** The spike as measured, and the app's live heap after it. */
    record SpikeReport(WrkReport browsing, WrkReport loggingIn, WrkReport attackers, double heapMiB) {

        long serverErrors() {
            return browsing.serverErrors() + loggingIn.serverErrors() + attackers.serverErrors();
        }

        /** Attacker addresses that were answered 429 on both forms. */
        long attackersThrottled() {
            List<Integer> threads = attackers.threads();
            return threads.stream()
                    .filter(t -> attackers.count(t, "/login", 429) > 0 && attackers.count(t, "/password-reset", 429) > 0)
                    .count();
        }

        /** The most attempts on {@code path} any one attacker address got past the limiter. */
        long mostLetThrough(String path) {
            return attackers.threads().stream().mapToLong(t -> letThrough(t, path)).max().orElse(0);
        }

        long totalLetThrough(String path) {
            return attackers.threads().stream().mapToLong(t -> letThrough(t, path)).sum();
        }

        private long letThrough(int thread, String path) {
            return attackers.byThreadAndPath().getOrDefault(thread, Map.of()).entrySet().stream()
                    .filter(e -> e.getKey().startsWith(path + " ") && !e.getKey().endsWith(" 429"))
                    .mapToLong(Map.Entry::getValue).sum();
        }
    }
}
