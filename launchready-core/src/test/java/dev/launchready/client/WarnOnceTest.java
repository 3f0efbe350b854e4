package dev.launchready.client;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.junit.jupiter.api.Test;

/** The bounded warn-once memory: least recently seen keys are forgotten first. */
class WarnOnceTest {

    @Test
    void firstTimeOnlyOnce() {
        WarnOnce memory = new WarnOnce(4);
        assertThat(memory.firstTime("a")).isTrue();
        assertThat(memory.firstTime("a")).isFalse();
        assertThat(memory.firstTime("b")).isTrue();
    }

    @Test
    void forgetsTheLeastRecentlySeen() {
        WarnOnce memory = new WarnOnce(3);
        memory.firstTime("a");
        memory.firstTime("b");
        memory.firstTime("c");
        assertThat(memory.firstTime("a")).isFalse(); // a is now the most recent
        assertThat(memory.firstTime("d")).isTrue(); // evicts b
        assertThat(memory.size()).isEqualTo(3);
        assertThat(memory.firstTime("a")).isFalse();
        assertThat(memory.firstTime("b")).isTrue();
    }

    @Test
    void refusesANonPositiveCapacity() {
        assertThatThrownBy(() -> new WarnOnce(0)).isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void concurrentCallersWarnExactlyOncePerKey() throws Exception {
        WarnOnce memory = new WarnOnce(10_000);
        int threads = 8;
        CountDownLatch start = new CountDownLatch(1);
        ExecutorService pool = Executors.newFixedThreadPool(threads);
        try {
            List<Future<Integer>> results = new ArrayList<>();
            for (int t = 0; t < threads; t++) {
                Callable<Integer> task = () -> {
                    start.await();
                    int firsts = 0;
                    for (int i = 0; i < 5_000; i++) {
                        firsts += memory.firstTime("peer-" + i) ? 1 : 0;
                    }
                    return firsts;
                };
                results.add(pool.submit(task));
            }
            start.countDown();
            int total = 0;
            for (Future<Integer> result : results) {
                total += result.get();
            }
            assertThat(total).isEqualTo(5_000);
        } finally {
            pool.shutdownNow();
        }
    }
}
