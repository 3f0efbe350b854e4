package dev.launchready.cli.scan;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.FileSystems;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.nio.file.PathMatcher;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

/**
 * Accepted false positives, one per line, each with its reason after {@code --}:
 * <pre>
 * path        src/test/resources/**   -- fake keys for the parser tests
 * rule        jwt                     -- our JWTs in docs are unsigned examples
 * fingerprint password:config/dev.properties:1a2b3c4d5e6f7a8b -- the local database's password
 * </pre>
 * A path entry skips the file; rule and fingerprint entries drop findings. {@code #} starts a comment line.
 * A line without a reason, an unknown kind or a bad glob fails the scan, naming the file and line.
 */
final class Allowlist {

    static final Allowlist EMPTY = new Allowlist(List.of(), Set.of(), Set.of());

    private final List<PathMatcher> paths;
    private final Set<String> rules;
    private final Set<String> fingerprints;

    private Allowlist(List<PathMatcher> paths, Set<String> rules, Set<String> fingerprints) {
        this.paths = paths;
        this.rules = rules;
        this.fingerprints = fingerprints;
    }

    /** The file at {@code file}; a missing file is an error only when {@code required}. */
    static Allowlist read(Path file, boolean required) throws IOException {
        List<String> lines;
        try {
            lines = Files.readAllLines(file, StandardCharsets.UTF_8);
        } catch (NoSuchFileException e) {
            if (required) {
                throw new IOException("allowlist " + file + " does not exist", e);
            }
            return EMPTY;
        }
        return parse(file.toString(), lines);
    }

    static Allowlist parse(String name, List<String> lines) throws IOException {
        List<PathMatcher> paths = new ArrayList<>();
        Set<String> rules = new HashSet<>();
        Set<String> fingerprints = new HashSet<>();
        for (int i = 0; i < lines.size(); i++) {
            String line = lines.get(i).strip();
            if (line.isEmpty() || line.startsWith("#")) {
                continue;
            }
            String where = "allowlist " + name + " line " + (i + 1) + " (" + line + "): ";
            int dashes = line.indexOf(" --");
            String entry = dashes < 0 ? line : line.substring(0, dashes).strip();
            String reason = dashes < 0 ? "" : line.substring(dashes + 3).strip();
            if (reason.isEmpty()) {
                throw new IOException(where + "no reason; write the reason after ' -- ', "
                        + "e.g. 'path src/test/resources/** -- fake keys for tests'");
            }
            String[] parts = entry.split("\\s+");
            if (parts.length != 2) {
                throw new IOException(where + "expected '<path|rule|fingerprint> <value> -- <reason>'");
            }
            switch (parts[0]) {
                case "path" -> paths.add(glob(parts[1], where));
                case "rule" -> rules.add(parts[1]);
                case "fingerprint" -> fingerprints.add(parts[1]);
                default -> throw new IOException(where + "unknown kind '" + parts[0] + "'; expected path, rule or fingerprint");
            }
        }
        return new Allowlist(List.copyOf(paths), Set.copyOf(rules), Set.copyOf(fingerprints));
    }

    private static PathMatcher glob(String glob, String where) throws IOException {
        try {
            PathMatcher matcher = FileSystems.getDefault().getPathMatcher("glob:" + glob);
            if (!glob.startsWith("**/")) {
                return matcher;
            }
            // "**/x" should match "x" at the top too, as in .gitignore.
            PathMatcher top = FileSystems.getDefault().getPathMatcher("glob:" + glob.substring(3));
            return p -> matcher.matches(p) || top.matches(p);
        } catch (IllegalArgumentException e) {
            throw new IOException(where + "bad glob: " + e.getMessage(), e);
        }
    }

    /** Whether the file at {@code path} (relative, {@code /}-separated) is not to be read at all. */
    boolean skipsPath(String path) {
        if (paths.isEmpty()) {
            return false;
        }
        Path p = Path.of(path);
        for (PathMatcher matcher : paths) {
            if (matcher.matches(p)) {
                return true;
            }
        }
        return false;
    }

    boolean accepts(SecretFinding finding) {
        return rules.contains(finding.ruleId()) || fingerprints.contains(finding.fingerprint());
    }
}
