package dev.launchready.ratelimit;

import static org.assertj.core.api.Assertions.assertThat;

import ch.qos.logback.classic.Logger;
import ch.qos.logback.classic.spi.ILoggingEvent;
import ch.qos.logback.core.read.ListAppender;
import com.github.benmanes.caffeine.cache.Scheduler;
import java.time.Duration;
import java.util.concurrent.atomic.AtomicLong;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.slf4j.LoggerFactory;

class ThrottleLogTest {

    private final AtomicLong nanos = new AtomicLong();
    private final ListAppender<ILoggingEvent> securityLog = new ListAppender<>();
    private final ThrottleLog log = new ThrottleLog(nanos::get, Scheduler.disabledScheduler());

    @BeforeEach
    void capture() {
        securityLog.start();
        ((Logger) LoggerFactory.getLogger("launchready.security")).addAppender(securityLog);
    }

    @AfterEach
    void release() {
        ((Logger) LoggerFactory.getLogger("launchready.security")).detachAppender(securityLog);
    }

    @Test
    void theFirstThrottlePerFormAndAddressEachMinuteIsToldThenACount() {
        assertThat(log.first("login", "203.0.113.1")).isTrue();
        for (int i = 0; i < 5000; i++) {
            assertThat(log.first("login", "203.0.113.1")).isFalse();
        }
        assertThat(log.first("password-reset", "203.0.113.1")).as("another form").isTrue();
        assertThat(log.first("login", "203.0.113.2")).as("another address").isTrue();

        nanos.addAndGet(Duration.ofSeconds(61).toNanos());
        log.cleanUp();
        assertThat(securityLog.list).extracting(ILoggingEvent::getFormattedMessage)
                .containsExactly("throttled login from 203.0.113.1 5000 more times in the last 60s");
        assertThat(log.first("login", "203.0.113.1")).as("a new minute").isTrue();
    }
}
