package dev.launchready.cli.scan;

import java.io.FilterOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/** {@code launchready scan [dir]}: secrets in the working tree, the staged files or the git history. */
@Command(name = "scan", mixinStandardHelpOptions = true, sortOptions = false,
        description = "Finds secrets (API keys, tokens, passwords, private keys) and committed .env files in a "
                + "directory, its staged files or its whole git history.",
        exitCodeListHeading = "%nExit codes:%n",
        exitCodeList = {"0:no findings (after the allowlist and the baseline)", "1:findings",
                "2:could not run (no such directory, not a git repository, malformed allowlist or baseline)"})
public final class ScanCommand implements Callable<Integer> {

    @Parameters(index = "0", arity = "0..1", paramLabel = "DIR", description = "The directory to scan (default: the current one).")
    Path directory = Path.of(".");

    @Option(names = "--history", description = "Also scan every commit reachable from any ref; each blob once, "
            + "reported with the commit that introduced it.")
    boolean history;

    @Option(names = "--staged", description = "Scan only the files staged for commit (for a pre-commit hook).")
    boolean staged;

    @Option(names = "--allowlist", paramLabel = "FILE", description = "Accepted findings (default: DIR/"
            + ScanRequest.ALLOWLIST_FILE + " if present). Lines: 'path GLOB -- reason', 'rule ID -- reason', "
            + "'fingerprint FP -- reason'.")
    Path allowlist;

    @Option(names = "--baseline", paramLabel = "FILE", description = "An earlier --format json report (or "
            + "--write-baseline file): its findings do not fail the scan.")
    Path baseline;

    @Option(names = "--write-baseline", paramLabel = "FILE", description = "Write every current finding to FILE as a baseline.")
    Path writeBaseline;

    @Option(names = "--max-file-size", paramLabel = "SIZE", defaultValue = "5MB", description = "Skip (and count) "
            + "files larger than this: bytes, or with KB/MB/GB (default ${DEFAULT-VALUE}).")
    String maxFileSize;

    @Option(names = "--format", paramLabel = "FORMAT", defaultValue = "text", description = "text, json or sarif (default ${DEFAULT-VALUE}).")
    String format;

    @Option(names = {"-o", "--output"}, paramLabel = "FILE", description = "Write the report to FILE instead of standard output.")
    Path output;

    /** Where the report goes; main uses the process's stream. */
    PrintStream out = System.out;

    @Override
    public Integer call() throws IOException {
        String formatName = format.toLowerCase(Locale.ROOT);
        if (!List.of("text", "json", "sarif").contains(formatName)) {
            throw new IllegalArgumentException("--format: expected text, json or sarif, got '" + format + "'");
        }
        if (history && staged) {
            throw new IllegalArgumentException("--history and --staged cannot be combined");
        }
        Scope scope = history ? Scope.HISTORY : staged ? Scope.STAGED : Scope.WORKING_TREE;
        ScanRequest request = new ScanRequest(directory, scope, size(maxFileSize), allowlist, baseline);
        ScanResult result = SecretScanner.scan(request);
        if (writeBaseline != null) {
            try (OutputStream file = Files.newOutputStream(writeBaseline)) {
                ScanReports.json(new ScanResult(List.of(), concat(result), result.files(), result.bytes(), result.commits(),
                        result.skippedBinary(), result.skippedTooLarge(), result.skippedAllowlisted(), result.allowlisted()),
                        scope, version(), file);
            }
        }
        write(result, scope, formatName);
        return result.hasFindings() ? 1 : 0;
    }

    private static List<SecretFinding> concat(ScanResult result) {
        List<SecretFinding> all = new java.util.ArrayList<>(result.accepted());
        all.addAll(result.findings());
        return all;
    }

    private void write(ScanResult result, Scope scope, String formatName) throws IOException {
        OutputStream stream = output == null ? out : Files.newOutputStream(output);
        try {
            PrintStream print = stream instanceof PrintStream p ? p : new PrintStream(stream, false, StandardCharsets.UTF_8);
            switch (formatName) {
                case "json" -> ScanReports.json(result, scope, version(), nonClosing(print));
                case "sarif" -> ScanReports.sarif(result, version(), nonClosing(print));
                default -> ScanReports.text(result, scope, print);
            }
            if (!formatName.equals("text")) {
                print.println();
            }
            print.flush();
        } finally {
            if (output != null) {
                stream.close();
            }
        }
    }

    /** {@code 5MB}, {@code 512KB}, {@code 1GB} or plain bytes; KB is 1024 bytes. */
    static long size(String text) {
        String t = text.strip().toUpperCase(Locale.ROOT);
        long unit = 1;
        for (String[] suffix : new String[][] {{"GB", "1073741824"}, {"MB", "1048576"}, {"KB", "1024"}, {"G", "1073741824"},
                {"M", "1048576"}, {"K", "1024"}, {"B", "1"}}) {
            if (t.endsWith(suffix[0])) {
                unit = Long.parseLong(suffix[1]);
                t = t.substring(0, t.length() - suffix[0].length()).strip();
                break;
            }
        }
        try {
            long n = Long.parseLong(t);
            if (n < 1 || n > Long.MAX_VALUE / unit) {
                throw new NumberFormatException();
            }
            return n * unit;
        } catch (NumberFormatException e) {
            throw new IllegalArgumentException("--max-file-size: expected a positive size such as 5MB, 512KB or 100000, got '"
                    + text + "'", e);
        }
    }

    private static String version() {
        String v = ScanCommand.class.getPackage().getImplementationVersion();
        return v == null ? "dev" : v;
    }

    private static OutputStream nonClosing(PrintStream print) {
        return new FilterOutputStream(print) {
            @Override
            public void write(byte[] b, int off, int len) {
                print.write(b, off, len);
            }

            @Override
            public void close() {
                print.flush();
            }
        };
    }
}
