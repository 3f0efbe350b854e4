package dev.launchready.client;

import dev.launchready.config.ClientSettings;
import dev.launchready.config.LaunchReadySettings;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.function.Function;

/** Settings and header maps for the resolver tests, the way an adapter would hand them over. */
final class Requests {

    static final String TRUSTED = "launchready.client.trusted-proxies";
    static final String CLOUDFLARE = "launchready.client.cloudflare";
    static final String IPV6_PREFIX = "launchready.client.ipv6-prefix";

    private Requests() {
    }

    /** A resolver with {@code launchready.client.trusted-proxies} set to {@code trustedProxies}. */
    static ClientAddresses trusting(String trustedProxies) {
        return resolver(TRUSTED, trustedProxies);
    }

    /** A resolver from key/value pairs; keys not given keep core's defaults. */
    static ClientAddresses resolver(String... keyValues) {
        return ClientAddresses.of(settings(keyValues));
    }

    static ClientSettings settings(String... keyValues) {
        Map<String, String> map = new HashMap<>();
        for (int i = 0; i < keyValues.length; i += 2) {
            map.put(keyValues[i], keyValues[i + 1]);
        }
        return LaunchReadySettings.from(map::get).client();
    }

    /** Header lines as name/value pairs; a repeated name adds another line. Lookup ignores case. */
    static Function<String, List<String>> headers(String... nameValues) {
        Map<String, List<String>> map = new TreeMap<>(String.CASE_INSENSITIVE_ORDER);
        for (int i = 0; i < nameValues.length; i += 2) {
            map.computeIfAbsent(nameValues[i], k -> new ArrayList<>()).add(nameValues[i + 1]);
        }
        return name -> map.getOrDefault(name, List.of());
    }

    static Function<String, List<String>> none() {
        return headers();
    }
}
