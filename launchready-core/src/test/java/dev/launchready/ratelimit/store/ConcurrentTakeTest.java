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
        InMemoryStore store = new InMemoryStore(1_000, new FakeTicker());
        Limit hundredPerHour = new Limit(100, Duration.ofHours(1));
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
                        if (store.take("hot", hundredPerHour).allowed()) {
                            mine++;
                        }
                        // A second key in the same run checks that peeks and takes on others do not disturb it.
                        store.peek("hot", hundredPerHour);
                        store.take("other-" + (i % 3), hundredPerHour);
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
            assertThat(store.take("hot", hundredPerHour).allowed()).isFalse();
            assertThat(store.peek("other-0", hundredPerHour).allowed()).isFalse();
        } finally {
            pool.shutdownNow();
        }
    }
}
