package dev.launchready.cli.scan;

import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import org.eclipse.jgit.dircache.DirCacheIterator;
import org.eclipse.jgit.lib.FileMode;
import org.eclipse.jgit.lib.ObjectId;
import org.eclipse.jgit.lib.ObjectReader;
import org.eclipse.jgit.lib.Repository;
import org.eclipse.jgit.revwalk.RevWalk;
import org.eclipse.jgit.treewalk.CanonicalTreeParser;
import org.eclipse.jgit.treewalk.EmptyTreeIterator;
import org.eclipse.jgit.treewalk.TreeWalk;
import org.eclipse.jgit.treewalk.filter.AndTreeFilter;
import org.eclipse.jgit.treewalk.filter.PathFilter;
import org.eclipse.jgit.treewalk.filter.TreeFilter;

/**
 * What {@code git commit} would record: the index entries that differ from {@code HEAD}
 * ({@code git diff --cached --name-only}), read from the index, not the working tree, so a secret
 * staged and then edited away in the file is still caught.
 */
final class StagedFiles {

    private StagedFiles() {
    }

    static List<Content> list(Repository repo, String prefix) throws IOException {
        List<Content> out = new ArrayList<>();
        try (ObjectReader reader = repo.newObjectReader(); TreeWalk walk = new TreeWalk(repo, reader)) {
            ObjectId head = repo.resolve("HEAD^{tree}");
            if (head == null) {
                walk.addTree(new EmptyTreeIterator());
            } else {
                CanonicalTreeParser tree = new CanonicalTreeParser();
                try (RevWalk revs = new RevWalk(reader)) {
                    tree.reset(reader, revs.parseTree(head));
                }
                walk.addTree(tree);
            }
            walk.addTree(new DirCacheIterator(repo.readDirCache()));
            walk.setRecursive(true);
            walk.setFilter(prefix.isEmpty() ? TreeFilter.ANY_DIFF
                    : AndTreeFilter.create(PathFilter.create(prefix), TreeFilter.ANY_DIFF));
            while (walk.next()) {
                DirCacheIterator staged = walk.getTree(1, DirCacheIterator.class);
                if (staged == null) {
                    continue; // deleted
                }
                FileMode mode = staged.getEntryFileMode();
                if (mode != FileMode.REGULAR_FILE && mode != FileMode.EXECUTABLE_FILE) {
                    continue;
                }
                String path = walk.getPathString();
                String relative = prefix.isEmpty() ? path : path.substring(prefix.length() + 1);
                out.add(new BlobContent(relative, null, staged.getEntryObjectId(), repo));
            }
        }
        return out;
    }
}
