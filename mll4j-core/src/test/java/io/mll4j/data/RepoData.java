package io.mll4j.data;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Path;

/** Real files committed under the repository's {@code data/}, read without {@code mll data setup}. */
public final class RepoData {
    private RepoData() {
    }

    public static Path root() {
        String prop = System.getProperty(DataSetup.REPO_ROOT_PROPERTY);
        if (prop == null) {
            throw new IllegalStateException(DataSetup.REPO_ROOT_PROPERTY + " is not set (surefire sets it)");
        }
        return Path.of(prop);
    }

    /** The bytes of the first file of {@code data/<archive>} whose name ends with {@code suffix}. */
    public static byte[] firstEntry(String archive, String suffix) {
        ByteArrayOutputStream found = new ByteArrayOutputStream();
        TarArchive.read(root().resolve("data").resolve(archive), (name, size, content) -> {
            if (found.size() == 0 && name.endsWith(suffix)) {
                content.transferTo(found);
            }
        });
        if (found.size() == 0) {
            throw new UncheckedIOException(new IOException("no *" + suffix + " in " + archive));
        }
        return found.toByteArray();
    }
}
