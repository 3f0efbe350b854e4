package dev.launchready.ratelimit.store;

import static org.assertj.core.api.Assertions.assertThat;

import dev.launchready.config.Limit;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.RepeatedTest;

class ConcurrentTakeTest {

    private static final int THREADS = 8;

    @RepeatedTest(5)
    void eightThreadsRacingOnAFreshKeyGetExactlyTheBurst() throws Exception {
        // Each allowed take moves the arrival time 36 s, into a later expiry step: all locked.
        race(new FakeTicker(), new Limit(100, Duration.ofHours(1)));
    }

    @RepeatedTest(5)
    void eightThreadsRacingLockFreeWithinAnExpiryStepAndAcrossOneGetExactlyTheBurst() throws Exception {
        // 10 ms per take, the burst's second straddling a step boundary: lock-free compare-and-sets racing
        // with the one locked take that crosses it.
        race(new FakeTicker(8 * ArrivalTime.STEP - 500_000_000), new Limit(100, Duration.ofSeconds(1)));
    }

    private static void race(FakeTicker ticker, Limit hundred) throws Exception {
        InMemoryStore store = new InMemoryStore(1_000, ticker, Runnable::run);
        CountDownLatch ready = new CountDownLatch(THREADS);
        CountDownLatch start = new CountDownLatch(1);
        ExecutorService pool = Executors.newFixedThreadPool(THREADS);
        try {
            List<Future<Integer>> allowed = new ArrayList<>();
            for (int t = 0; t < THREADS; t++) {
                allowed.add(pool.submit(() -> {
                    ready.countDown();
                    start.await();
                    int mine = 0;
                    for (int i = 0; i < 50; i++) {
                        if (store.take("hot", hundred).allowed()) {
                            mine++;
                        }
                        // A second key in the same run checks that peeks and takes on others do not disturb it.
                        store.peek("hot", hundred);
                        store.take("other-" + (i % 3), hundred);
                    }
                    return mine;
                }));
            }
            ready.await();
            start.countDown();
            int total = 0;
            for (Future<Integer> f : allowed) {
                total += f.get(30, TimeUnit.SECONDS);
            }

            assertThat(total).isEqualTo(100);
            assertThat(store.take("hot", hundred).allowed()).isFalse();
            assertThat(store.peek("other-0", hundred).allowed()).isFalse();
        } finally {
            pool.shutdownNow();
        }
    }
}
