package dev.launchready.cli.scan;

import dev.launchready.redact.Redactor;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.eclipse.jgit.lib.Repository;
import org.eclipse.jgit.storage.file.FileRepositoryBuilder;

/**
 * Finds secrets in a directory, its git index or its git history with the redaction rules of
 * {@link Redactor#defaults()}, plus committed {@code .env} files. Used by {@code launchready scan}
 * and the Maven plugin's {@code scan} goal.
 */
public final class SecretScanner {

    private static final Comparator<SecretFinding> ORDER = Comparator.comparing(SecretFinding::path)
            .thenComparingInt(SecretFinding::line).thenComparingInt(SecretFinding::column)
            .thenComparing(SecretFinding::ruleId).thenComparing(f -> f.commit() == null ? "" : f.commit());

    private SecretScanner() {
    }

    /**
     * Runs the scan.
     *
     * @throws IOException when it could not run: no such directory, not a git repository for a staged or
     *     history scan, an unreadable file, a malformed allowlist (naming the line) or baseline
     */
    public static ScanResult scan(ScanRequest request) throws IOException {
        Path dir = request.directory().toAbsolutePath().normalize();
        if (!Files.isDirectory(dir)) {
            throw new IOException(dir + " is not a directory");
        }
        Allowlist allowlist = request.allowlist() != null ? Allowlist.read(request.allowlist(), true)
                : Allowlist.read(dir.resolve(ScanRequest.ALLOWLIST_FILE), false);
        Set<String> baseline = request.baseline() == null ? Set.of() : ScanBaseline.read(request.baseline());
        Tally tally = new Tally(new ContentScan(Redactor.defaults()), allowlist, request.maxFileSize());
        int commits = 0;
        Map<String, Integer> order = null;
        try (Repository repo = open(dir)) {
            if (repo == null && request.scope() != Scope.WORKING_TREE) {
                throw new IOException(dir + " is not in a git repository; a " + (request.scope() == Scope.STAGED
                        ? "staged" : "history") + " scan needs one");
            }
            String prefix = repo == null ? "" : prefix(repo, dir);
            switch (request.scope()) {
                case STAGED -> tally.scanAll(StagedFiles.list(repo, prefix));
                case HISTORY -> {
                    History history = History.list(repo, prefix);
                    commits = history.commits;
                    order = history.order;
                    tally.scanAll(history.contents);
                    tally.skipCommitted(history.blobs);
                    tally.scanAll(WorkingTree.list(dir, repo, prefix));
                }
                default -> tally.scanAll(WorkingTree.list(dir, repo, prefix));
            }
        }
        List<SecretFinding> failing = new ArrayList<>();
        List<SecretFinding> accepted = new ArrayList<>();
        int allowlisted = 0;
        List<SecretFinding> found = order == null ? tally.findings() : firstIntroduced(tally.findings(), order);
        for (SecretFinding finding : found) {
            if (allowlist.accepts(finding)) {
                allowlisted++;
            } else if (baseline.contains(finding.fingerprint())) {
                accepted.add(finding);
            } else {
                failing.add(finding);
            }
        }
        failing.sort(ORDER);
        accepted.sort(ORDER);
        return new ScanResult(failing, accepted, tally.files.get(), tally.bytes.get(), commits, tally.binary.get(),
                tally.tooLarge.get(), tally.allowlistedPaths.get(), allowlisted);
    }

    /**
     * One finding per fingerprint: the same secret in the same file is in every later version of that
     * file; report it once, with the first commit that had it (uncommitted copies come last).
     */
    private static List<SecretFinding> firstIntroduced(List<SecretFinding> findings, Map<String, Integer> order) {
        Map<String, SecretFinding> first = new HashMap<>();
        for (SecretFinding f : findings) {
            first.merge(f.fingerprint(), f, (a, b) -> rank(b, order) < rank(a, order) ? b : a);
        }
        return new ArrayList<>(first.values());
    }

    private static int rank(SecretFinding f, Map<String, Integer> order) {
        return f.commit() == null ? Integer.MAX_VALUE : order.getOrDefault(f.commit(), Integer.MAX_VALUE - 1);
    }

    /** The repository holding {@code dir}, or null when there is none. */
    private static Repository open(Path dir) throws IOException {
        FileRepositoryBuilder builder = new FileRepositoryBuilder().readEnvironment().findGitDir(dir.toFile());
        if (builder.getGitDir() == null) {
            return null;
        }
        Repository repo = builder.setMustExist(true).build();
        if (repo.isBare()) {
            repo.close();
            return null;
        }
        return repo;
    }

    /** {@code dir} relative to the repository's top, {@code ""} at the top. */
    private static String prefix(Repository repo, Path dir) throws IOException {
        Path top = repo.getWorkTree().toPath().toRealPath();
        Path real = dir.toRealPath();
        return real.equals(top) ? "" : WorkingTree.relative(top, real);
    }
}
