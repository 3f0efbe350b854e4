package dev.launchready.benchmarks.scan;

import dev.launchready.cli.scan.ScanRequest;
import dev.launchready.cli.scan.ScanResult;
import dev.launchready.cli.scan.SecretScanner;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.lang.reflect.Field;
import java.lang.reflect.Method;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Random;
import java.util.concurrent.atomic.AtomicLong;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

/**
 * Files and MB per second of {@link SecretScanner} on a generated repository (default 10,000 files,
 * 100 MB: sources, configs, JSON, minified bundles, with a planted secret every 500 files), against
 * the redactor's provider token formats compiled as {@code java.util.regex} patterns and run over
 * every line with no prefilter. Both sides read the same files on all cores.
 *
 * <p>{@code java -cp benchmarks/target/benchmarks.jar dev.launchready.benchmarks.scan.ScanThroughput [files] [MB] [naive-sample-files]}
 */
public final class ScanThroughput {

    private ScanThroughput() {
    }

    public static void main(String[] args) throws Exception {
        int files = args.length > 0 ? Integer.parseInt(args[0]) : 10_000;
        int megabytes = args.length > 1 ? Integer.parseInt(args[1]) : 100;
        int naiveSample = args.length > 2 ? Integer.parseInt(args[2]) : 1_000;
        Path dir = Files.createTempDirectory("scan-bench");
        try {
            long bytes = generate(dir, files, megabytes * 1_000_000L);
            System.out.printf(Locale.ROOT, "generated %d files, %.1f MB in %s; %d cores%n", files, bytes / 1e6, dir,
                    Runtime.getRuntime().availableProcessors());
            List<Long> times = new ArrayList<>();
            ScanResult result = null;
            for (int run = 0; run < 4; run++) {
                long t0 = System.nanoTime();
                result = SecretScanner.scan(ScanRequest.of(dir));
                long t = System.nanoTime() - t0;
                if (run > 0) {
                    times.add(t); // the first run warms the JIT and the page cache
                }
            }
            times.sort(Comparator.naturalOrder());
            double best = times.get(0) / 1e9;
            double median = times.get(times.size() / 2) / 1e9;
            System.out.printf(Locale.ROOT, "launchready scan: %d findings, %d files, %.1f MB; best %.2f s (%.0f files/s, %.1f MB/s), "
                    + "median %.2f s (%.1f MB/s)%n", result.findings().size(), result.files(), result.bytes() / 1e6, best,
                    result.files() / best, result.bytes() / 1e6 / best, median, result.bytes() / 1e6 / median);

            List<Pattern> patterns = naivePatterns();
            List<Path> sample;
            try (Stream<Path> all = Files.walk(dir)) {
                sample = all.filter(Files::isRegularFile).sorted().limit(naiveSample).toList();
            }
            double naiveBest = Double.MAX_VALUE;
            long naiveBytes = 0;
            long naiveHits = 0;
            for (int run = 0; run < 2; run++) {
                AtomicLong read = new AtomicLong();
                AtomicLong hits = new AtomicLong();
                long t0 = System.nanoTime();
                sample.parallelStream().forEach(p -> {
                    try {
                        String text = Files.readString(p, StandardCharsets.UTF_8);
                        read.addAndGet(text.length());
                        for (String line : text.split("\n", -1)) {
                            for (Pattern pattern : patterns) {
                                Matcher m = pattern.matcher(line);
                                while (m.find()) {
                                    hits.incrementAndGet();
                                }
                            }
                        }
                    } catch (IOException e) {
                        throw new UncheckedIOException(e);
                    }
                });
                naiveBest = Math.min(naiveBest, (System.nanoTime() - t0) / 1e9);
                naiveBytes = read.get();
                naiveHits = hits.get();
            }
            System.out.printf(Locale.ROOT, "naive java.util.regex, %d provider patterns, no prefilter: %d hits in %d files, %.1f MB; "
                    + "best %.2f s (%.0f files/s, %.2f MB/s)%n", patterns.size(), naiveHits, sample.size(), naiveBytes / 1e6,
                    naiveBest, sample.size() / naiveBest, naiveBytes / 1e6 / naiveBest);
            System.out.printf(Locale.ROOT, "ratio (MB/s, best): launchready scan is %.1fx the naive regexes%n",
                    (result.bytes() / 1e6 / best) / (naiveBytes / 1e6 / naiveBest));
        } finally {
            try (Stream<Path> all = Files.walk(dir)) {
                for (Path p : all.sorted(Comparator.reverseOrder()).toList()) {
                    Files.delete(p);
                }
            }
        }
    }

    /**
     * The redactor's own provider formats (literal, optional run before it, body characters and
     * lengths) as regexes: the same rules, run the naive way. Read reflectively because they are,
     * rightly, not public API.
     */
    static List<Pattern> naivePatterns() throws ReflectiveOperationException {
        Class<?> rules = Class.forName("dev.launchready.redact.TokenRules");
        Field all = rules.getDeclaredField("ALL");
        all.setAccessible(true);
        List<Pattern> out = new ArrayList<>();
        for (Object rule : (List<?>) all.get(null)) {
            Class<?> type = rule.getClass();
            String literal = (String) accessor(type, "literal").invoke(rule);
            Object back = accessor(type, "back").invoke(rule);
            int backMin = (int) accessor(type, "backMin").invoke(rule);
            int backMax = (int) accessor(type, "backMax").invoke(rule);
            Object body = accessor(type, "body").invoke(rule);
            int min = (int) accessor(type, "min").invoke(rule);
            int max = (int) accessor(type, "max").invoke(rule);
            StringBuilder regex = new StringBuilder();
            if (back != null) {
                regex.append(charClass(back)).append('{').append(backMin).append(',').append(backMax).append('}');
            }
            regex.append(Pattern.quote(literal)).append(charClass(body)).append('{').append(min).append(',')
                    .append(max == Integer.MAX_VALUE ? "" : String.valueOf(max)).append('}');
            out.add(Pattern.compile(regex.toString()));
        }
        return out;
    }

    private static Method accessor(Class<?> type, String name) throws NoSuchMethodException {
        Method m = type.getDeclaredMethod(name);
        m.setAccessible(true);
        return m;
    }

    private static String charClass(Object chars) throws ReflectiveOperationException {
        Method has = chars.getClass().getDeclaredMethod("has", char.class);
        has.setAccessible(true);
        StringBuilder out = new StringBuilder("[");
        for (char c = 0; c < 128; c++) {
            if ((boolean) has.invoke(chars, c)) {
                out.append(String.format(Locale.ROOT, "\\x%02x", (int) c));
            }
        }
        return out.append(']').toString();
    }

    /** Writes {@code files} files of about {@code total / files} bytes each; returns the bytes written. */
    static long generate(Path dir, int files, long total) throws IOException {
        Random random = new Random(42);
        int each = (int) (total / files);
        long written = 0;
        String[] kinds = {"java", "properties", "yml", "json", "js", "py", "min.js", "md"};
        for (int i = 0; i < files; i++) {
            String kind = kinds[i % kinds.length];
            Path file = dir.resolve("module" + (i % 50)).resolve("src").resolve("File" + i + "." + kind);
            Files.createDirectories(file.getParent());
            StringBuilder text = new StringBuilder(each + 200);
            while (text.length() < each) {
                text.append(line(kind, random));
            }
            if (i % 500 == 250) {
                text.append("stripe.key=").append("sk_").append("live_").append(alnum(random, 24)).append('\n');
            }
            byte[] data = text.toString().getBytes(StandardCharsets.UTF_8);
            Files.write(file, data);
            written += data.length;
        }
        return written;
    }

    private static String line(String kind, Random r) {
        return switch (kind) {
            case "java" -> "    private final Map<String, List<Order>> ordersBy" + word(r) + " = new HashMap<>(); // " + word(r) + " " + r.nextInt(1000) + "\n";
            case "properties" -> "app." + word(r) + "." + word(r) + "=" + word(r) + "-" + r.nextInt(100_000) + "\n";
            case "yml" -> "  " + word(r) + ":\n    enabled: " + r.nextBoolean() + "\n    url: https://" + word(r) + ".example.com/" + word(r) + "\n";
            case "json" -> "{\"id\": \"" + java.util.UUID.nameUUIDFromBytes(new byte[] {(byte) r.nextInt()}) + "\", \"name\": \"" + word(r)
                    + "\", \"count\": " + r.nextInt() + "},\n";
            case "js" -> "export function " + word(r) + "(a, b) { return fetch('/api/" + word(r) + "?q=' + a).then(r => r.json()); }\n";
            case "py" -> "def " + word(r) + "(self, value):\n    return self._" + word(r) + ".get(value, " + r.nextInt(100) + ")\n";
            case "min.js" -> "var " + word(r) + "=function(e,t){return e." + word(r) + "(t)||" + r.nextInt(100) + "};"; // one long line
            default -> "The " + word(r) + " of the " + word(r) + " is described in section " + r.nextInt(20) + ".\n";
        };
    }

    private static final String[] WORDS = {"member", "invoice", "session", "account", "plan", "price", "coupon", "event",
        "profile", "avatar", "billing", "receipt", "search", "cache", "feed", "comment"};

    private static String word(Random r) {
        return WORDS[r.nextInt(WORDS.length)];
    }

    private static String alnum(Random r, int n) {
        String chars = "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789";
        StringBuilder out = new StringBuilder(n);
        for (int i = 0; i < n; i++) {
            out.append(chars.charAt(r.nextInt(chars.length())));
        }
        return out.toString();
    }
}
