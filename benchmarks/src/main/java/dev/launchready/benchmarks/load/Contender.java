package dev.launchready.benchmarks.load;

import java.nio.file.Path;
import java.util.List;
import java.util.Map;

/**
 * One way of shipping the membership app: which jar, with which environment, and what it is compared with.
 *
 * @param id short name used on the command line and in file names
 * @param label what the table calls it
 * @param jar the runnable jar
 * @param env added to the process environment
 * @param limitsLogins whether this contender is expected to throttle the spike's attackers
 */
record Contender(String id, String label, Path jar, Map<String, String> env, boolean limitsLogins) {

    static final String SPRING_OFF = "spring-off";
    static final String SPRING_ON = "spring-on";
    static final String SPRING_PEERS = "spring-peers";
    static final String SERVLET_OFF = "servlet-off";
    static final String SERVLET_ON = "servlet-on";

    /** The five contenders of the issue, in table order. */
    static List<Contender> all(Path springJar, Path servletJar, Path peerJar) {
        Map<String, String> off = Map.of("LAUNCHREADY_ENABLED", "false");
        return List.of(
                new Contender(SPRING_OFF, "(a) Spring example, LaunchReady off", springJar, off, false),
                new Contender(SPRING_ON, "(b) Spring example, LaunchReady on", springJar, Map.of(), true),
                new Contender(SPRING_PEERS, "(c) Spring example, peer stack", peerJar, Map.of(), true),
                new Contender(SERVLET_OFF, "Servlet example, LaunchReady off", servletJar, off, false),
                new Contender(SERVLET_ON, "Servlet example, LaunchReady on", servletJar, Map.of(), true));
    }
}
