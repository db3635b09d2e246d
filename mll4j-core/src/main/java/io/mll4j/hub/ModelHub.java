package io.mll4j.hub;

import com.fasterxml.jackson.core.JacksonException;
import io.mll4j.exception.DataException;
import io.mll4j.exception.HubException;
import io.mll4j.exception.ModelLoadException;
import io.mll4j.exception.ModelNotFoundException;
import io.mll4j.exception.UnknownSynsetException;
import io.mll4j.progress.Progress;
import io.mll4j.util.Directories;
import io.mll4j.util.Hashes;
import io.mll4j.util.Json;
import io.mll4j.util.Mll4jHome;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

/**
 * A folder of models, one sub-folder per model ({@code <hub>/<id>/entry.json} + files). Writers
 * ({@link #add}, {@link #remove}) take the hub lock and work in a hidden staging or trash folder that is renamed
 * atomically, so a failed or killed write leaves the hub as it was; readers take no lock.
 * <pre>{@code
 * try (ModelHub hub = ModelHub.builder().optChecker(new OnnxModelChecker()).build()) {
 *     hub.add(new ModelPackage(manifest, sourceDir));
 * }
 * }</pre>
 */
public final class ModelHub implements AutoCloseable {
    /** Name of the manifest file in each entry folder. */
    public static final String ENTRY_FILE = "entry.json";

    private final HubFolder folder;
    private final Admission admission;
    private volatile boolean closed;

    private ModelHub(Builder b) {
        this.folder = new HubFolder(b.directory.toAbsolutePath().normalize());
        this.admission = new Admission(b.checker, b.synsetValidator, b.progress);
    }

    public static Builder builder() {
        return new Builder();
    }

    /** The hub folder. */
    public Path directory() {
        return folder.root();
    }

    /**
     * Admits a model: copies and hashes its files into a staging folder, validates label synsets, runs the checker,
     * records the measured cost and renames the folder into place. On any failure the hub is unchanged.
     *
     * @throws HubException           when the id is taken or a file is missing
     * @throws UnknownSynsetException naming the id when a label's synset is not known to the validator
     * @throws ModelLoadException     when the checker rejects the model
     * @throws DataException          when a file does not match the digest the package declares
     */
    public HubEntry add(ModelPackage pkg) {
        ensureOpen();
        ModelManifest manifest = pkg.manifest();
        String id = manifest.id();
        admission.validateSynsets(manifest);
        try (HubLock ignored = HubLock.acquire(folder.root())) {
            folder.cleanLeftovers();
            if (Files.exists(folder.entry(id))) {
                throw new HubException("Model '" + id + "' is already in the hub " + folder.root()
                        + "; remove it first (mll hub remove " + id + ")");
            }
            Path staging = null;
            try {
                staging = folder.newStaging();
                ModelManifest admitted = admission.stage(pkg, staging);
                Files.move(staging, folder.entry(id), StandardCopyOption.ATOMIC_MOVE);
                staging = null;
                return new HubEntry(admitted, folder.entry(id));
            } catch (IOException e) {
                throw new HubException("Cannot add model '" + id + "' to " + folder.root() + ": " + e.getMessage(), e);
            } finally {
                deleteStaging(staging);
            }
        }
    }

    /** All models, sorted by id. */
    public List<HubEntry> list() {
        ensureOpen();
        List<HubEntry> entries = new ArrayList<>();
        for (String id : folder.ids()) {
            entries.add(read(id));
        }
        return entries;
    }

    /** Whether a model with this id is in the hub. */
    public boolean contains(String id) {
        ensureOpen();
        return folder.exists(id);
    }

    /**
     * The model with this id.
     *
     * @throws ModelNotFoundException naming the id and the nearest ids in the hub
     */
    public HubEntry get(String id) {
        ensureOpen();
        if (!folder.exists(id)) {
            List<String> ids = folder.ids();
            List<String> near = NearestIds.of(id, ids);
            throw new ModelNotFoundException("No model '" + id + "' in hub " + folder.root()
                    + (near.isEmpty() ? (ids.isEmpty() ? " (the hub is empty)" : "") : "; nearest: " + String.join(", ", near)));
        }
        return read(id);
    }

    /**
     * Re-hashes the files of a model against its manifest.
     *
     * @return the entry, when every file is present with the recorded size and digest
     * @throws DataException listing every missing or changed file
     */
    public HubEntry verify(String id) {
        HubEntry entry = get(id);
        List<String> problems = new ArrayList<>();
        for (ModelFile f : entry.manifest().files()) {
            Path file = entry.directory().resolve(f.path());
            if (!Files.isRegularFile(file)) {
                problems.add(f.path() + " is missing");
            } else if (f.sha256() != null && !f.sha256().equals(Hashes.sha256(file))) {
                problems.add(f.path() + " has sha256 " + Hashes.sha256(file) + ", manifest records " + f.sha256());
            }
        }
        if (!problems.isEmpty()) {
            throw new DataException("Model '" + id + "' in " + entry.directory() + " is damaged: " + String.join("; ", problems));
        }
        return entry;
    }

    /**
     * Removes a model: renames its folder away atomically, then deletes it.
     *
     * @throws ModelNotFoundException naming the id when it is not in the hub
     */
    public void remove(String id) {
        ensureOpen();
        try (HubLock ignored = HubLock.acquire(folder.root())) {
            folder.cleanLeftovers();
            get(id);
            Path trash = folder.newTrash(id);
            try {
                Files.move(folder.entry(id), trash, StandardCopyOption.ATOMIC_MOVE);
                Directories.deleteRecursively(trash);
            } catch (IOException e) {
                throw new HubException("Cannot remove model '" + id + "' from " + folder.root() + ": " + e.getMessage(), e);
            }
        }
    }

    /** Idempotent; the hub holds no open handles between calls, so this only forbids further use. */
    @Override
    public void close() {
        closed = true;
    }

    private HubEntry read(String id) {
        Path file = folder.entry(id).resolve(ENTRY_FILE);
        ModelManifest manifest;
        try {
            manifest = Json.mapper().readValue(file.toFile(), ModelManifest.class);
        } catch (JacksonException e) {
            throw new HubException("Corrupt manifest " + file + ": " + e.getOriginalMessage(), e);
        } catch (IOException e) {
            throw new HubException("Cannot read manifest " + file + ": " + e.getMessage(), e);
        }
        if (!manifest.id().equals(id)) {
            throw new HubException("Manifest " + file + " names model '" + manifest.id() + "', not its folder '" + id + "'");
        }
        return new HubEntry(manifest, folder.entry(id));
    }

    private void deleteStaging(Path staging) {
        if (staging == null) {
            return;
        }
        try {
            Directories.deleteRecursively(staging);
        } catch (IOException e) {
            // the next writer cleans leftovers; the original failure matters more than this one
        }
    }

    private void ensureOpen() {
        if (closed) {
            throw new IllegalStateException("ModelHub " + folder.root() + " is closed");
        }
    }

    /** Builds a {@link ModelHub}; every value is optional. */
    public static final class Builder {
        private Path directory = Mll4jHome.hub();
        private ModelChecker checker = ModelChecker.NONE;
        private SynsetValidator synsetValidator;
        private Progress progress = Progress.NONE;

        private Builder() {
        }

        /** Hub folder; default {@link Mll4jHome#hub()}. Created on the first write. */
        public Builder optDirectory(Path directory) {
            this.directory = Objects.requireNonNull(directory, "directory");
            return this;
        }

        /** Admission checker; default {@link ModelChecker#NONE} (admit without loading). */
        public Builder optChecker(ModelChecker checker) {
            this.checker = Objects.requireNonNull(checker, "checker");
            return this;
        }

        /** Validates label synsets on {@link #add}; default none (synsets are only checked for their form). */
        public Builder optSynsetValidator(SynsetValidator synsetValidator) {
            this.synsetValidator = synsetValidator;
            return this;
        }

        /** Receives progress of file copies on {@link #add}. */
        public Builder optProgress(Progress progress) {
            this.progress = Objects.requireNonNull(progress, "progress");
            return this;
        }

        public ModelHub build() {
            return new ModelHub(this);
        }
    }
}
