package dev.launchready.config;

import java.net.URI;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.function.Function;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** Text-to-value conversions shared by every key; each throws IllegalArgumentException on bad text. */
final class Parsers {

    static final String DURATION = "a duration with a unit, such as 500ms, 2s, 1m or PT2S";
    static final String BOOLEAN = "true or false";
    static final String DATA_SIZE = "a size with a unit, such as 512KB, 100MB or 1GB";

    private static final Pattern DURATION_TEXT = Pattern.compile("(\\d+)\\s*(ms|s|m|h|d)");
    private static final Pattern SIZE_TEXT = Pattern.compile("(\\d+)\\s*(B|KB|MB|GB|TB)");

    static final String LIMIT = "a count per duration, such as 30/5m or 3/1h";
    static final String PATHS = "comma-separated paths starting with /, such as /login,/signin or /account/**";

    private static final Pattern PATH = Pattern.compile("/[A-Za-z0-9._~!$&'()*+,;=:@%/-]*?(/\\*\\*)?");
    private static final Pattern NAME = Pattern.compile("[A-Za-z0-9_.-]+");
    private static final Pattern IPV4_CIDR = Pattern.compile(
            "(0|[1-9]\\d{0,2})\\.(0|[1-9]\\d{0,2})\\.(0|[1-9]\\d{0,2})\\.(0|[1-9]\\d{0,2})(/(\\d{1,2}))?"); // no leading zeros: some parsers read them as octal
    private static final Pattern IPV6_CIDR = Pattern.compile("[0-9a-fA-F:]*:[0-9a-fA-F:.]*(/(\\d{1,3}))?");

    static final String HOST = "a host name such as example.com or www.example.com (no scheme, port or path)";
    static final String REFERRER_POLICY = "a Referrer-Policy value (no-referrer, no-referrer-when-downgrade, origin,"
            + " origin-when-cross-origin, same-origin, strict-origin, strict-origin-when-cross-origin, unsafe-url)"
            + " or none";

    private static final Pattern HOST_NAME = Pattern.compile(
            "(?=.{1,253}$)[a-z0-9]([a-z0-9-]{0,61}[a-z0-9])?(\\.[a-z0-9]([a-z0-9-]{0,61}[a-z0-9])?)*");
    private static final List<String> REFERRER_POLICIES = List.of("no-referrer", "no-referrer-when-downgrade", "origin",
            "origin-when-cross-origin", "same-origin", "strict-origin", "strict-origin-when-cross-origin", "unsafe-url");

    /** A lower-case DNS name: what a redirect target is built from, so nothing else may get in. */
    static Optional<String> optionalHost(String text) {
        if (text.isEmpty()) {
            return Optional.empty();
        }
        String host = text.toLowerCase(Locale.ROOT);
        if (!HOST_NAME.matcher(host).matches()) {
            throw new IllegalArgumentException(text);
        }
        return Optional.of(host);
    }

    static List<String> hosts(String text) {
        List<String> hosts = new ArrayList<>();
        for (String item : list(text)) {
            hosts.add(optionalHost(item).orElseThrow());
        }
        return List.copyOf(hosts);
    }

    /** The header value, or empty for {@code none}. */
    static String referrerPolicy(String text) {
        String policy = text.toLowerCase(Locale.ROOT);
        if (policy.equals("none")) {
            return "";
        }
        if (!REFERRER_POLICIES.contains(policy)) {
            throw new IllegalArgumentException(text);
        }
        return policy;
    }

    private Parsers() {
    }

    static Limit limit(String text) {
        return Limit.parse(text);
    }

    /** Comma-separated, trimmed, empty items dropped. */
    static List<String> list(String text) {
        List<String> items = new ArrayList<>();
        for (String item : text.split(",", -1)) {
            if (!item.isBlank()) {
                items.add(item.trim());
            }
        }
        return List.copyOf(items);
    }

    static List<String> paths(String text) {
        List<String> paths = list(text);
        for (String path : paths) {
            if (!PATH.matcher(path).matches() || path.contains("//") || path.contains("/../")) {
                throw new IllegalArgumentException(path);
            }
        }
        return paths;
    }

    static List<String> names(String text) {
        List<String> names = list(text);
        if (names.isEmpty() || !names.stream().allMatch(n -> NAME.matcher(n).matches())) {
            throw new IllegalArgumentException(text);
        }
        return names;
    }

    static String name(String text) {
        if (!NAME.matcher(text).matches()) {
            throw new IllegalArgumentException(text);
        }
        return text;
    }

    /** Literal CIDR ranges or addresses (never host names: parsing must not touch DNS) and the named sets. */
    static List<String> proxies(String text) {
        List<String> items = list(text);
        if (items.equals(List.of("none"))) {
            return List.of(); // a blank value cannot say "none": blank means "not set" in every source
        }
        for (String item : items) {
            if (item.equals("private") || item.equals("cloudflare")) {
                continue;
            }
            Matcher v4 = IPV4_CIDR.matcher(item);
            if (v4.matches()) {
                for (int i = 1; i <= 4; i++) {
                    if (Integer.parseInt(v4.group(i)) > 255) {
                        throw new IllegalArgumentException(item);
                    }
                }
                if (v4.group(6) != null && Integer.parseInt(v4.group(6)) > 32) {
                    throw new IllegalArgumentException(item);
                }
                continue;
            }
            Matcher v6 = IPV6_CIDR.matcher(item);
            if (!v6.matches() || (v6.group(2) != null && Integer.parseInt(v6.group(2)) > 128)) {
                throw new IllegalArgumentException(item);
            }
            String address = item.contains("/") ? item.substring(0, item.indexOf('/')) : item;
            try {
                // Only hex digits, colons and dots reach here, so this parses a literal and never resolves.
                java.net.InetAddress.getByName(address);
            } catch (java.net.UnknownHostException e) {
                throw new IllegalArgumentException(item);
            }
        }
        return items;
    }

    /** Latency targets: each becomes an exact histogram bound (see LatencyBuckets for the limits). */
    static List<Duration> latencyTargets(String text) {
        List<Duration> targets = new ArrayList<>();
        for (String item : list(text)) {
            targets.add(duration(item));
        }
        if (targets.isEmpty()) {
            throw new IllegalArgumentException(text);
        }
        dev.launchready.metrics.LatencyBuckets.withTargets(targets); // throws on too many or out of range
        return List.copyOf(targets);
    }

    static List<String> routes(String text) {
        List<String> routes = list(text);
        dev.launchready.metrics.RouteTable.of(routes); // throws on a malformed template
        return routes;
    }

    static String endpointPath(String text) {
        if (!text.startsWith("/") || text.length() < 2 || text.contains("//") || text.contains("..")
                || !PATH.matcher(text).matches() || text.endsWith("/**")) {
            throw new IllegalArgumentException(text);
        }
        return text;
    }

    static Duration duration(String text) {
        String t = text.toLowerCase(Locale.ROOT);
        if (t.startsWith("pt") || t.startsWith("p")) {
            try {
                return nonNegative(Duration.parse(text.toUpperCase(Locale.ROOT)));
            } catch (java.time.format.DateTimeParseException e) {
                throw new IllegalArgumentException(e);
            }
        }
        // A bare number is refused: Spring reads it as milliseconds, people read it as seconds.
        Matcher m = DURATION_TEXT.matcher(t);
        if (!m.matches()) {
            throw new IllegalArgumentException(text);
        }
        long n = Long.parseLong(m.group(1));
        return switch (m.group(2)) {
            case "ms" -> Duration.ofMillis(n);
            case "s" -> Duration.ofSeconds(n);
            case "m" -> Duration.ofMinutes(n);
            case "h" -> Duration.ofHours(n);
            default -> Duration.ofDays(n);
        };
    }

    static Function<String, Duration> durationBetween(Duration min, Duration max) {
        return text -> {
            Duration d = duration(text);
            if (d.compareTo(min) < 0 || d.compareTo(max) > 0) {
                throw new IllegalArgumentException(text);
            }
            return d;
        };
    }

    static boolean bool(String text) {
        return switch (text.toLowerCase(Locale.ROOT)) {
            case "true" -> true;
            case "false" -> false;
            default -> throw new IllegalArgumentException(text);
        };
    }

    static Function<String, Integer> intBetween(int min, int max) {
        return text -> {
            int n = Integer.parseInt(text);
            if (n < min || n > max) {
                throw new IllegalArgumentException(text);
            }
            return n;
        };
    }

    static long dataSize(String text) {
        Matcher m = SIZE_TEXT.matcher(text.toUpperCase(Locale.ROOT));
        if (!m.matches()) {
            throw new IllegalArgumentException(text);
        }
        long n = Long.parseLong(m.group(1));
        int shift = switch (m.group(2)) {
            case "B" -> 0;
            case "KB" -> 10;
            case "MB" -> 20;
            case "GB" -> 30;
            default -> 40;
        };
        if (n > (Long.MAX_VALUE >> shift)) {
            throw new IllegalArgumentException(text);
        }
        return n << shift;
    }

    static <E extends Enum<E>> Function<String, E> choice(Class<E> type) {
        return text -> Enum.valueOf(type, text.toUpperCase(Locale.ROOT).replace('-', '_'));
    }

    static <E extends Enum<E>> String choices(Class<E> type) {
        StringBuilder sb = new StringBuilder("one of ");
        E[] values = type.getEnumConstants();
        for (int i = 0; i < values.length; i++) {
            sb.append(i == 0 ? "" : ", ").append(values[i].name().toLowerCase(Locale.ROOT).replace('_', '-'));
        }
        return sb.toString();
    }

    static Optional<String> optionalText(String text) {
        return text.isEmpty() ? Optional.empty() : Optional.of(text);
    }

    /** An absolute URI with one of the given schemes and a host, or nothing when empty. */
    static Function<String, Optional<URI>> optionalUri(String... schemes) {
        return text -> {
            if (text.isEmpty()) {
                return Optional.empty();
            }
            URI uri = URI.create(text);
            String scheme = uri.getScheme() == null ? "" : uri.getScheme().toLowerCase(Locale.ROOT);
            if (uri.getHost() == null || !java.util.Arrays.asList(schemes).contains(scheme)) {
                throw new IllegalArgumentException(text);
            }
            return Optional.of(uri);
        };
    }

    private static Duration nonNegative(Duration d) {
        if (d.isNegative()) {
            throw new IllegalArgumentException(d.toString());
        }
        return d;
    }
}
