package dev.launchready.cli.scan;

import java.io.IOException;
import java.nio.file.FileVisitResult;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.SimpleFileVisitor;
import java.nio.file.attribute.BasicFileAttributes;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import org.eclipse.jgit.dircache.DirCacheIterator;
import org.eclipse.jgit.lib.FileMode;
import org.eclipse.jgit.lib.Repository;
import org.eclipse.jgit.treewalk.FileTreeIterator;
import org.eclipse.jgit.treewalk.TreeWalk;
import org.eclipse.jgit.treewalk.WorkingTreeIterator;
import org.eclipse.jgit.treewalk.filter.PathFilter;

/**
 * The files of a directory. In a git repository: tracked files plus untracked ones that are not
 * ignored, as {@code git ls-files --cached --others --exclude-standard} lists them. Elsewhere: every
 * regular file, skipping {@code .git}, {@code node_modules}, {@code target} and {@code build}.
 */
final class WorkingTree {

    private static final Set<String> SKIPPED_DIRS = Set.of(".git", "node_modules", "target", "build");

    private WorkingTree() {
    }

    static List<Content> list(Path dir, Repository repo, String prefix) throws IOException {
        return repo == null ? walk(dir) : gitFiles(dir, repo, prefix);
    }

    private static List<Content> gitFiles(Path dir, Repository repo, String prefix) throws IOException {
        List<Content> out = new ArrayList<>();
        try (TreeWalk walk = new TreeWalk(repo)) {
            walk.addTree(new FileTreeIterator(repo));
            walk.addTree(new DirCacheIterator(repo.readDirCache()));
            walk.setRecursive(false);
            if (!prefix.isEmpty()) {
                walk.setFilter(PathFilter.create(prefix));
            }
            while (walk.next()) {
                WorkingTreeIterator file = walk.getTree(0, WorkingTreeIterator.class);
                DirCacheIterator indexed = walk.getTree(1, DirCacheIterator.class);
                if (file == null) {
                    continue; // deleted
                }
                if (indexed == null && file.isEntryIgnored()) {
                    String path = walk.getPathString();
                    if (prefix.equals(path) || prefix.startsWith(path + "/")) {
                        // The directory asked for lies in an ignored one (a build's copy of a project,
                        // say): the repository's rules do not describe it, so read all of it.
                        return walk(dir);
                    }
                    continue; // ignored and untracked; an ignored directory is not entered
                }
                if (walk.isSubtree()) {
                    walk.enterSubtree();
                    continue;
                }
                FileMode mode = file.getEntryFileMode();
                if (mode != FileMode.REGULAR_FILE && mode != FileMode.EXECUTABLE_FILE) {
                    continue; // symlinks and submodules: their targets are scanned where they live
                }
                String path = walk.getPathString();
                if (!prefix.isEmpty() && !path.startsWith(prefix + "/")) {
                    continue;
                }
                String relative = prefix.isEmpty() ? path : path.substring(prefix.length() + 1);
                out.add(new FileContent(relative, dir.resolve(relative)));
            }
        }
        return out;
    }

    private static List<Content> walk(Path dir) throws IOException {
        List<Content> out = new ArrayList<>();
        Files.walkFileTree(dir, new SimpleFileVisitor<>() {
            @Override
            public FileVisitResult preVisitDirectory(Path d, BasicFileAttributes attrs) {
                return !d.equals(dir) && SKIPPED_DIRS.contains(d.getFileName().toString())
                        ? FileVisitResult.SKIP_SUBTREE : FileVisitResult.CONTINUE;
            }

            @Override
            public FileVisitResult visitFile(Path file, BasicFileAttributes attrs) {
                if (attrs.isRegularFile()) {
                    out.add(new FileContent(relative(dir, file), file));
                }
                return FileVisitResult.CONTINUE;
            }
        });
        return out;
    }

    static String relative(Path dir, Path file) {
        return dir.relativize(file).toString().replace(file.getFileSystem().getSeparator(), "/");
    }
}
