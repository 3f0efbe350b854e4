package dev.launchready.redis;

import static org.assertj.core.api.Assertions.assertThat;

import io.lettuce.core.RedisClient;
import io.lettuce.core.api.StatefulRedisConnection;
import io.lettuce.core.api.sync.RedisCommands;
import io.lettuce.core.codec.StringCodec;
import io.lettuce.core.output.StatusOutput;
import io.lettuce.core.protocol.CommandArgs;
import io.lettuce.core.protocol.CommandType;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** A test's own look at a Redis server: commands, and the server's counters of what it was sent. */
final class RedisProbe implements AutoCloseable {

    private final RedisClient client;
    private final StatefulRedisConnection<String, String> connection;

    RedisProbe(String url) {
        client = RedisClient.create(url);
        connection = client.connect();
    }

    RedisCommands<String, String> sync() {
        return connection.sync();
    }

    /** How many times the server ran {@code command} ({@code INFO commandstats}), 0 when never. */
    long calls(String command) {
        Matcher m = Pattern.compile("cmdstat_" + command + ":calls=(\\d+)").matcher(sync().info("commandstats"));
        return m.find() ? Long.parseLong(m.group(1)) : 0;
    }

    /** {@code DEBUG SLEEP seconds}: the whole server answers nobody meanwhile (needs --enable-debug-command). */
    String debugSleep(int seconds) {
        return sync().dispatch(CommandType.DEBUG, new StatusOutput<>(StringCodec.UTF8),
                new CommandArgs<>(StringCodec.UTF8).add("SLEEP").add(seconds));
    }

    long connectionsReceived() {
        Matcher m = Pattern.compile("total_connections_received:(\\d+)").matcher(sync().info("stats"));
        assertThat(m.find()).isTrue();
        return Long.parseLong(m.group(1));
    }

    @Override
    public void close() {
        client.shutdown(); // closes the connection too
    }
}
