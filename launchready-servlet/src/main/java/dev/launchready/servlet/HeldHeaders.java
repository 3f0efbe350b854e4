package dev.launchready.servlet;

import dev.launchready.cache.CachePolicy;
import java.time.Instant;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;

/**
 * The cache headers the app set, held back from the container until the policy has decided. Holding
 * them is what makes "remove" portable: the servlet API has no way to remove a header (Tomcat ignores
 * {@code setHeader(name, null)}), so a header the policy drops must never reach the container at all.
 */
final class HeldHeaders {

    static final String CACHE_CONTROL = "Cache-Control";
    static final String EXPIRES = "Expires";
    static final String PRAGMA = "Pragma";
    static final String CDN = "CDN-Cache-Control";
    static final String CLOUDFLARE = "Cloudflare-CDN-Cache-Control";
    static final String SURROGATE = "Surrogate-Control";
    static final String ACCEL = "X-Accel-Expires";
    static final List<String> NAMES = List.of(CACHE_CONTROL, EXPIRES, PRAGMA, CDN, CLOUDFLARE, SURROGATE, ACCEL);
    /**
     * The indexes of {@link #NAMES} by name length: the app and its framework ask about a header many
     * times per response (every set, add, get and contains), and almost never about one of these, so
     * most names are turned away by their length alone.
     */
    private static final int[][] BY_LENGTH = byLength();

    private Map<String, List<String>> values;

    static boolean held(String name) {
        return index(name) >= 0;
    }

    /** The name's bit for a set of held names ({@code 1 << index}), or 0 for any other name. */
    static int bit(String name) {
        int index = index(name);
        return index < 0 ? 0 : 1 << index;
    }

    /** The name's index in {@link #NAMES} (any case), or -1. */
    static int index(String name) {
        if (name == null || name.length() >= BY_LENGTH.length) {
            return -1;
        }
        for (int i : BY_LENGTH[name.length()]) {
            if (NAMES.get(i).equalsIgnoreCase(name)) {
                return i;
            }
        }
        return -1;
    }

    private static int[][] byLength() {
        int longest = 0;
        for (String n : NAMES) {
            longest = Math.max(longest, n.length());
        }
        int[][] table = new int[longest + 1][];
        for (int length = 0; length <= longest; length++) {
            int[] found = new int[NAMES.size()];
            int count = 0;
            for (int i = 0; i < NAMES.size(); i++) {
                if (NAMES.get(i).length() == length) {
                    found[count++] = i;
                }
            }
            table[length] = Arrays.copyOf(found, count);
        }
        return table;
    }

    static String date(long millis) {
        return DateTimeFormatter.RFC_1123_DATE_TIME.withLocale(Locale.ROOT)
                .format(Instant.ofEpochMilli(millis).atOffset(ZoneOffset.UTC));
    }

    void set(String name, String value) {
        dropSpringDefaults(name);
        if (value == null) {
            remove(name);
            return;
        }
        map().put(name, new ArrayList<>(List.of(value)));
    }

    void add(String name, String value) {
        dropSpringDefaults(name);
        if (value != null) {
            map().computeIfAbsent(name, k -> new ArrayList<>(1)).add(value);
        }
    }

    /**
     * A chain that turns Spring Security's cache-control writer back on gets its three headers when the
     * request starts (the starter has Spring Security write then). At commit, where Spring writes by
     * default, it writes them only to a response that has none of the three; so once the app sets one of
     * its own, Spring's three go, or its {@code Pragma: no-cache} and {@code Expires: 0} would stand next
     * to the app's choice.
     */
    private void dropSpringDefaults(String name) {
        if (values != null && values.size() == 3 && (name.equalsIgnoreCase(CACHE_CONTROL)
                || name.equalsIgnoreCase(PRAGMA) || name.equalsIgnoreCase(EXPIRES))
                && CachePolicy.springSecurityDefaults(only(CACHE_CONTROL), only(PRAGMA), only(EXPIRES))) {
            values = null;
        }
    }

    /** The value of a header set once, or null. */
    private String only(String name) {
        List<String> list = values == null ? null : values.get(name);
        return list != null && list.size() == 1 ? list.get(0) : null;
    }

    void remove(String name) {
        if (values != null) {
            values.remove(name);
        }
    }

    /** The first value, or null. */
    String get(String name) {
        List<String> list = values == null ? null : values.get(name);
        return list == null || list.isEmpty() ? null : list.get(0);
    }

    /** Every value joined as one field value (the way a cache reads repeated Cache-Control lines), or null. */
    String joined(String name) {
        List<String> list = values == null ? null : values.get(name);
        return list == null || list.isEmpty() ? null : String.join(", ", list);
    }

    List<String> all(String name) {
        List<String> list = values == null ? null : values.get(name);
        return list == null ? List.of() : List.copyOf(list);
    }

    List<String> names() {
        return values == null ? List.of() : List.copyOf(values.keySet());
    }

    void clear() {
        values = null;
    }

    private Map<String, List<String>> map() {
        if (values == null) {
            values = new TreeMap<>(String.CASE_INSENSITIVE_ORDER);
        }
        return values;
    }
}
