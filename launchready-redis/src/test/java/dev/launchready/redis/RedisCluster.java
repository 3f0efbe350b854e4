package dev.launchready.redis;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.locks.LockSupport;

/**
 * A Redis Cluster of three masters on loopback, made the way an operator makes one: three
 * {@code redis-server --cluster-enabled yes}, then {@code redis-cli --cluster create … --cluster-replicas 0}.
 */
final class RedisCluster implements AutoCloseable {

    final List<RedisServerProcess> nodes = new ArrayList<>();

    static RedisCluster start() throws Exception {
        RedisCluster cluster = new RedisCluster();
        try {
            for (int i = 0; i < 3; i++) {
                cluster.nodes.add(RedisServerProcess.startClusterNode());
            }
            List<String> command = new ArrayList<>(List.of(redisCli(), "--cluster", "create"));
            cluster.nodes.forEach(n -> command.add(RedisServerProcess.HOST + ":" + n.port()));
            command.addAll(List.of("--cluster-replicas", "0", "--cluster-yes"));
            Process create = new ProcessBuilder(command).redirectErrorStream(true).start();
            String output = new String(create.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
            assertThat(create.waitFor(30, TimeUnit.SECONDS)).isTrue();
            assertThat(create.exitValue()).as("redis-cli --cluster create:\n%s", output).isZero();
            cluster.awaitOk();
        } catch (Exception | AssertionError e) {
            cluster.close();
            throw e;
        }
        return cluster;
    }

    String url() {
        return nodes.get(0).url();
    }

    /** Keys held by each node. */
    List<Long> keysPerNode() {
        List<Long> sizes = new ArrayList<>();
        for (RedisServerProcess node : nodes) {
            try (RedisProbe probe = new RedisProbe(node.url())) {
                sizes.add(probe.sync().dbsize());
            }
        }
        return sizes;
    }

    private void awaitOk() {
        long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(15);
        for (RedisServerProcess node : nodes) {
            try (RedisProbe probe = new RedisProbe(node.url())) {
                while (!probe.sync().clusterInfo().contains("cluster_state:ok")) {
                    assertThat(System.nanoTime()).as("cluster_state:ok within 15 s").isLessThan(deadline);
                    LockSupport.parkNanos(TimeUnit.MILLISECONDS.toNanos(50));
                }
            }
        }
    }

    private static String redisCli() throws IOException {
        return RedisServerProcess.binary().resolveSibling("redis-cli").toString();
    }

    @Override
    public void close() {
        nodes.forEach(RedisServerProcess::close);
    }
}
