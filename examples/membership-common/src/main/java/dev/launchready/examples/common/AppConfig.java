package dev.launchready.examples.common;

import java.net.URI;
import java.sql.SQLException;
import java.util.Map;
import java.util.function.Function;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * What the apps read from the environment. Everything has a default, so the apps run with no setup at all.
 *
 * <p>Read through a lookup function rather than {@link System#getenv()} so tests can pass a plain map.
 *
 * @param port {@code PORT}; 0 asks for any free port
 * @param stripeWebhookSecret {@code STRIPE_WEBHOOK_SECRET}, the endpoint's signing secret from Stripe's dashboard
 * @param databaseConfigured whether {@code DATABASE_URL} is set; the demo keeps members in memory either way
 * @param redisConfigured whether {@code REDIS_URL} is set; the demo needs no Redis either way
 */
public record AppConfig(int port, String stripeWebhookSecret, boolean databaseConfigured, boolean redisConfigured) {

    public static final int DEFAULT_PORT = 8080;
    /** Only for trying the demo: a real deployment sets its own secret. */
    public static final String DEMO_WEBHOOK_SECRET = "whsec_demo_launchready";

    private static final Logger log = LoggerFactory.getLogger(AppConfig.class);

    public static AppConfig from(Map<String, String> env) {
        return from(env::get);
    }

    public static AppConfig from(Function<String, String> env) {
        String databaseUrl = env.apply("DATABASE_URL");
        if (isSet(databaseUrl)) {
            // Careless on purpose: a driver's message carries the URL, password included, as real JDBC drivers' do.
            log.error("member database unreachable, keeping members in memory",
                    new SQLException("Connection to " + jdbcUrl(databaseUrl.strip()) + " refused. Check " + databaseUrl.strip()));
        }
        return new AppConfig(
                port(env.apply("PORT")),
                orDefault(env.apply("STRIPE_WEBHOOK_SECRET"), DEMO_WEBHOOK_SECRET),
                isSet(env.apply("DATABASE_URL")),
                isSet(env.apply("REDIS_URL")));
    }

    /** Says what is set without printing values: these URLs usually carry passwords. */
    public void logSummary() {
        log.info("DATABASE_URL {}; members are kept in memory in this demo", databaseConfigured ? "is set" : "is not set");
        log.info("REDIS_URL {}", redisConfigured ? "is set" : "is not set; running on embedded defaults");
        if (DEMO_WEBHOOK_SECRET.equals(stripeWebhookSecret)) {
            log.warn("STRIPE_WEBHOOK_SECRET is not set; using the demo secret {}", DEMO_WEBHOOK_SECRET);
        }
    }

    /** {@code postgres://user:pass@host:5432/db} as a JDBC driver would print it. */
    private static String jdbcUrl(String url) {
        try {
            URI uri = URI.create(url);
            String userInfo = uri.getRawUserInfo() == null ? "" : uri.getRawUserInfo();
            int colon = userInfo.indexOf(':');
            String query = colon < 0 ? "" : "?user=" + userInfo.substring(0, colon) + "&password=" + userInfo.substring(colon + 1);
            return "jdbc:postgresql://" + uri.getHost() + (uri.getPort() < 0 ? "" : ":" + uri.getPort()) + uri.getRawPath() + query;
        } catch (IllegalArgumentException e) {
            return "jdbc:" + url;
        }
    }

    private static int port(String value) {
        if (!isSet(value)) {
            return DEFAULT_PORT;
        }
        try {
            int port = Integer.parseInt(value.strip());
            if (port < 0 || port > 65_535) {
                throw new IllegalArgumentException("PORT must be 0-65535, was " + value);
            }
            return port;
        } catch (NumberFormatException e) {
            throw new IllegalArgumentException("PORT must be a number, was " + value, e);
        }
    }

    private static String orDefault(String value, String fallback) {
        return isSet(value) ? value.strip() : fallback;
    }

    private static boolean isSet(String value) {
        return value != null && !value.isBlank();
    }
}
