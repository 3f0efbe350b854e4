package dev.launchready.cli.scan;

import java.io.IOException;
import org.eclipse.jgit.lib.Constants;
import org.eclipse.jgit.lib.ObjectId;
import org.eclipse.jgit.lib.ObjectReader;
import org.eclipse.jgit.lib.Repository;

/** A blob in the object database: an index entry or a file of a commit. */
record BlobContent(String path, String commit, ObjectId blob, Repository repository) implements Content {

    @Override
    public long size() throws IOException {
        try (ObjectReader reader = repository.newObjectReader()) {
            return reader.getObjectSize(blob, Constants.OBJ_BLOB);
        }
    }

    @Override
    public byte[] read() throws IOException {
        try (ObjectReader reader = repository.newObjectReader()) {
            return reader.open(blob, Constants.OBJ_BLOB).getCachedBytes(Integer.MAX_VALUE);
        }
    }
}
