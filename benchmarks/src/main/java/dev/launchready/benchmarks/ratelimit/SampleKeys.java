package dev.launchready.benchmarks.ratelimit;

/** Keys shaped like the login limiter's ("login:ip:" and an IPv4 address), distinct, in a fixed order. */
final class SampleKeys {

    private SampleKeys() {
    }

    static String[] distinct(int n) {
        String[] keys = new String[n];
        for (int i = 0; i < n; i++) {
            int a = 0x0A000000 + i * 7 + 1; // 10.0.0.0/8, spread so neighbours do not share a prefix
            keys[i] = "login:ip:" + (a >>> 24) + "." + ((a >>> 16) & 0xFF) + "." + ((a >>> 8) & 0xFF) + "." + (a & 0xFF);
        }
        return keys;
    }
}
