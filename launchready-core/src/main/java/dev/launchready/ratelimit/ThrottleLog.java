package dev.launchready.ratelimit;

import com.github.benmanes.caffeine.cache.Cache;
import com.github.benmanes.caffeine.cache.Caffeine;
import com.github.benmanes.caffeine.cache.RemovalCause;
import com.github.benmanes.caffeine.cache.Scheduler;
import com.github.benmanes.caffeine.cache.Ticker;
import java.time.Duration;
import java.util.concurrent.atomic.LongAdder;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Which throttled requests the security log tells in full: the first per form and address each minute, then
 * one line with how many more there were. An attacker answered 429 thousands of times a second would otherwise
 * write thousands of lines a second, to a hosted log service that bills by the line, and burn the cores the
 * limiter just saved.
 */
final class ThrottleLog {

    static final Duration QUIET = Duration.ofMinutes(1);
    private static final Logger security = LoggerFactory.getLogger("launchready.security");

    private final Cache<String, LongAdder> quiet;

    ThrottleLog(Ticker ticker, Scheduler scheduler) {
        this.quiet = Caffeine.newBuilder().maximumSize(10_000).expireAfterWrite(QUIET).ticker(ticker).scheduler(scheduler)
                .executor(Runnable::run).removalListener(ThrottleLog::summarise).build();
    }

    static ThrottleLog systemClock() {
        return new ThrottleLog(Ticker.systemTicker(), Scheduler.systemScheduler());
    }

    /** True when this throttle should be logged in full; otherwise it is only counted. */
    boolean first(String rule, String clientText) {
        boolean[] created = {false};
        LongAdder more = quiet.get(rule + " from " + clientText, key -> {
            created[0] = true;
            return new LongAdder();
        });
        if (!created[0]) {
            more.increment();
        }
        return created[0];
    }

    /** Runs pending expiries now; the scheduler does it on its own in production. */
    void cleanUp() {
        quiet.cleanUp();
    }

    private static void summarise(String key, LongAdder more, RemovalCause cause) {
        long n = more == null ? 0 : more.sum();
        if (n > 0) {
            security.warn("throttled {} {} more times in the last {}s", key, n, QUIET.toSeconds());
        }
    }
}
