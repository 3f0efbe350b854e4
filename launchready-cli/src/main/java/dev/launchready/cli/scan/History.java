package dev.launchready.cli.scan;

import java.io.IOException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.eclipse.jgit.lib.FileMode;
import org.eclipse.jgit.lib.ObjectId;
import org.eclipse.jgit.lib.ObjectReader;
import org.eclipse.jgit.lib.Ref;
import org.eclipse.jgit.lib.Repository;
import org.eclipse.jgit.revwalk.RevCommit;
import org.eclipse.jgit.revwalk.RevObject;
import org.eclipse.jgit.revwalk.RevSort;
import org.eclipse.jgit.revwalk.RevWalk;
import org.eclipse.jgit.treewalk.TreeWalk;
import org.eclipse.jgit.treewalk.filter.PathFilter;

/**
 * Every blob of every commit reachable from any ref (branches, tags, remotes, stash, HEAD), each read
 * once. Commits are walked parents first, so a blob is credited to the first commit that had it; a
 * tree seen before is not entered again, which keeps a long history close to one pass over its
 * distinct contents.
 */
final class History {

    final List<Content> contents = new ArrayList<>();
    final Set<ObjectId> blobs = new HashSet<>();
    /** Commit id to its place in the walk, parents first. */
    final Map<String, Integer> order = new HashMap<>();
    int commits;

    private History() {
    }

    static History list(Repository repo, String prefix) throws IOException {
        History history = new History();
        Set<ObjectId> trees = new HashSet<>();
        try (ObjectReader reader = repo.newObjectReader(); RevWalk revs = new RevWalk(reader)) {
            List<ObjectId> starts = new ArrayList<>();
            for (Ref ref : repo.getRefDatabase().getRefs()) {
                starts.add(ref.getObjectId());
            }
            ObjectId head = repo.resolve("HEAD");
            if (head != null) {
                starts.add(head);
            }
            for (ObjectId start : starts) {
                if (start == null) {
                    continue;
                }
                RevObject object = revs.peel(revs.parseAny(start));
                if (object instanceof RevCommit commit) {
                    revs.markStart(commit);
                }
            }
            revs.sort(RevSort.TOPO, true);
            revs.sort(RevSort.REVERSE, true);
            for (RevCommit commit : revs) {
                history.order.put(commit.name(), history.commits++);
                if (!trees.add(commit.getTree().copy())) {
                    continue;
                }
                try (TreeWalk walk = new TreeWalk(repo, reader)) {
                    walk.addTree(commit.getTree());
                    walk.setRecursive(false);
                    if (!prefix.isEmpty()) {
                        walk.setFilter(PathFilter.create(prefix));
                    }
                    while (walk.next()) {
                        FileMode mode = walk.getFileMode(0);
                        if (walk.isSubtree()) {
                            if (trees.add(walk.getObjectId(0))) {
                                walk.enterSubtree();
                            }
                            continue;
                        }
                        if (mode != FileMode.REGULAR_FILE && mode != FileMode.EXECUTABLE_FILE) {
                            continue;
                        }
                        ObjectId blob = walk.getObjectId(0);
                        String path = walk.getPathString();
                        if (!prefix.isEmpty() && !path.startsWith(prefix + "/")) {
                            continue;
                        }
                        if (history.blobs.add(blob)) {
                            String relative = prefix.isEmpty() ? path : path.substring(prefix.length() + 1);
                            history.contents.add(new BlobContent(relative, commit.name(), blob, repo));
                        }
                    }
                }
            }
        }
        return history;
    }
}
