package dev.launchready.metrics;

import static org.assertj.core.api.Assertions.assertThat;

import io.micrometer.core.instrument.Timer;
import io.micrometer.core.instrument.simple.SimpleMeterRegistry;
import java.util.List;
import java.util.SplittableRandom;
import org.junit.jupiter.api.Test;

class RequestTimersTest {

    private final SimpleMeterRegistry registry = new SimpleMeterRegistry();

    private long total() {
        return registry.find(HttpTags.METER).timers().stream().mapToLong(Timer::count).sum();
    }

    @Test
    void springBootsTagKeysAndTheBuckets() {
        RequestTimers timers = RequestTimers.of(registry, LatencyBuckets.defaults(), 500);
        timers.record("/login", "POST", 303, null, 1_000_000);
        Timer timer = registry.get(HttpTags.METER).tags("uri", "/login", "method", "POST", "status", "303",
                "outcome", "REDIRECTION", "exception", "none", "error", "none").timer();
        assertThat(timer.count()).isEqualTo(1);
        assertThat(timer.takeSnapshot().histogramCounts()).extracting(c -> c.bucket(java.util.concurrent.TimeUnit.SECONDS))
                .contains(0.3).hasSize(LatencyBuckets.defaults().bounds().size());
        assertThat(timer.getId().getDescription()).isNotBlank();
    }

    /** The scanner: 5,000 random paths, all unmatched, add at most 5 label sets and every one is counted. */
    @Test
    void aScannerAddsAtMostFiveLabelSetsAndEveryRequestIsCounted() {
        RequestTimers timers = RequestTimers.of(registry, LatencyBuckets.defaults(), 500);
        RouteTable routes = RouteTable.of(List.of("/", "/login", "/members/{id}"));
        timers.record("/login", "GET", 200, null, 1_000);
        timers.record("/login", "POST", 303, null, 1_000);
        int before = timers.labelSets();
        SplittableRandom random = new SplittableRandom(5);
        String[] methods = {"GET", "GET", "GET", "HEAD", "POST", "PROPFIND"};
        for (int i = 0; i < 5_000; i++) {
            String path = "/" + Long.toHexString(random.nextLong()) + (random.nextBoolean() ? "/.env" : ".php");
            String method = methods[random.nextInt(methods.length)];
            // GET /x/ redirects to /x for a few, everything else is a 404: GET/HEAD/POST/unknown 404 + GET 301
            int status = method.equals("GET") && random.nextInt(10) == 0 ? 301 : 404;
            timers.record(HttpTags.uri(routes.match(path), status), method, status,
                    null, 1_000);
        }
        assertThat(timers.labelSets() - before).isLessThanOrEqualTo(5);
        assertThat(total()).isEqualTo(5_002);
        assertThat(registry.find(HttpTags.METER).timers()).allSatisfy(t ->
                assertThat(t.getId().getTag("uri")).isIn("/login", "NOT_FOUND", "REDIRECTION"));
    }

    /** Beyond the cap new combinations are counted under OVERFLOW: the total stays exact, nothing is dropped. */
    @Test
    void theCapFoldsIntoOverflowWithoutLosingACount() {
        RequestTimers timers = RequestTimers.of(registry, LatencyBuckets.defaults(), 20);
        for (int i = 0; i < 300; i++) {
            timers.record("/route" + i, "GET", 200, null, 1_000);
            timers.record("/route" + i, "GET", 200, null, 1_000);
        }
        timers.record("/late-route", "GET", 500, new IllegalStateException(), 1_000);
        assertThat(total()).isEqualTo(601);
        assertThat(timers.labelSets()).isEqualTo(22); // 20 routed, one overflow 200, one overflow 500
        assertThat(registry.get(HttpTags.METER).tags("uri", "OVERFLOW", "status", "200").timer().count())
                .isEqualTo(2 * 280);
        assertThat(registry.get(HttpTags.METER).tags("uri", "OVERFLOW", "status", "500",
                "exception", "IllegalStateException").timer().count()).isEqualTo(1);
        // a route admitted before the cap keeps its own label set
        timers.record("/route0", "GET", 200, null, 1_000);
        assertThat(registry.get(HttpTags.METER).tags("uri", "/route0").timer().count()).isEqualTo(3);
    }

    @Test
    void theSameCombinationFindsTheSameTimer() {
        RequestTimers timers = RequestTimers.of(registry, LatencyBuckets.defaults(), 500);
        Timer first = timers.timer("/login", HttpTags.methodIndex("POST"), 200, "none");
        assertThat(timers.timer("/login", HttpTags.methodIndex("POST"), 200, "none")).isSameAs(first);
        assertThat(timers.timer("/login", HttpTags.methodIndex("POST"), 1000, "none").getId().getTag("status"))
                .isEqualTo("UNKNOWN");
    }
}
