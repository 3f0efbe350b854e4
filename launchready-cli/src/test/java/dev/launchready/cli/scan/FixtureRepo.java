package dev.launchready.cli.scan;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.eclipse.jgit.api.Git;
import org.eclipse.jgit.api.errors.GitAPIException;
import org.eclipse.jgit.lib.PersonIdent;
import org.eclipse.jgit.revwalk.RevCommit;

/** A git repository in a temp dir, written and committed through JGit (no git binary needed). */
final class FixtureRepo implements AutoCloseable {

    final Path dir;
    final Git git;

    private FixtureRepo(Path dir, Git git) {
        this.dir = dir;
        this.git = git;
    }

    static FixtureRepo init(Path dir) throws GitAPIException {
        return new FixtureRepo(dir, Git.init().setDirectory(dir.toFile()).setInitialBranch("main").call());
    }

    FixtureRepo write(String path, String text) throws IOException {
        return write(path, text.getBytes(StandardCharsets.UTF_8));
    }

    FixtureRepo write(String path, byte[] bytes) throws IOException {
        Path file = dir.resolve(path);
        Files.createDirectories(file.getParent());
        Files.write(file, bytes);
        return this;
    }

    FixtureRepo delete(String path) throws IOException {
        Files.delete(dir.resolve(path));
        return this;
    }

    FixtureRepo stage(String... paths) throws GitAPIException {
        for (String path : paths) {
            git.add().addFilepattern(path).call();
        }
        return this;
    }

    /** Stages every change, deletions too, and commits. */
    RevCommit commit(String message) throws GitAPIException {
        git.add().addFilepattern(".").call();
        git.add().addFilepattern(".").setUpdate(true).call();
        PersonIdent me = new PersonIdent("Fixture", "fixture@example.invalid");
        return git.commit().setMessage(message).setAuthor(me).setCommitter(me).setSign(false).call();
    }

    @Override
    public void close() {
        git.close();
    }
}
