package io.mll4j.data;

import io.mll4j.data.DataManifest.ExternalFile;
import io.mll4j.data.DataManifest.ExternalSource;
import io.mll4j.data.DataManifest.RepoFile;
import io.mll4j.exception.DataException;
import io.mll4j.progress.Progress;
import io.mll4j.util.AtomicFiles;
import io.mll4j.util.Hashes;
import io.mll4j.util.Json;
import io.mll4j.util.Mll4jHome;

import java.io.IOException;
import java.nio.channels.FileChannel;
import java.nio.channels.FileLock;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Collectors;

/**
 * Installs the data mll4j uses into the data home ({@link Mll4jHome#data()}), following {@code data/MANIFEST.json}
 * of the repository: verifies and unpacks the committed archives, copies the small committed files, installs the
 * external sources (Debian and npm packages), and writes the NODE split as files. Idempotent: a run that finds a
 * valid {@link SetupStamp} returns at once; concurrent runs wait for each other (file lock).
 *
 * <pre>{@code
 * SetupReport r = DataSetup.builder().optProgress(progress).build().run();
 * }</pre>
 */
public final class DataSetup {
    /** System property naming the repository root (set by the {@code ./mll} launcher and by surefire). */
    public static final String REPO_ROOT_PROPERTY = "mll4j.repo.root";
    private static final String ARCHIVES_MARKER = ".archives.sha256";

    private final Path repoRoot;
    private final Path home;
    private final Progress progress;
    private final boolean force;
    private final ExternalCommand command;

    private DataSetup(Builder b) {
        this.repoRoot = b.repoRoot;
        this.home = b.dataHome;
        this.progress = b.progress;
        this.force = b.force;
        this.command = new ExternalCommand(b.searchPath);
    }

    public static Builder builder() {
        return new Builder();
    }

    public Path dataHome() {
        return home;
    }

    /** Runs the setup (or nothing, when the stamp is valid and {@code force} is off). */
    public SetupReport run() {
        long start = System.nanoTime();
        try {
            Files.createDirectories(home);
        } catch (IOException e) {
            throw new DataException("Cannot create the data home " + home + ": " + e.getMessage(), e);
        }
        try (FileChannel channel = FileChannel.open(home.resolve(".setup.lock"), StandardOpenOption.CREATE,
                StandardOpenOption.WRITE); FileLock ignored = channel.lock()) {
            return runLocked(start);
        } catch (IOException e) {
            throw new DataException("Cannot lock " + home.resolve(".setup.lock") + ": " + e.getMessage(), e);
        }
    }

    private SetupReport runLocked(long start) {
        Path manifestFile = repoRoot.resolve("data").resolve("MANIFEST.json");
        DataManifest manifest = DataManifest.read(manifestFile);
        String manifestSha = Hashes.sha256(manifestFile);
        if (!force && stampIsValid(manifestSha)) {
            return new SetupReport(true, home, millisSince(start), List.of());
        }
        Folders.deleteLeftovers(home);
        Folders.deleteLeftovers(home.resolve(DatasetCatalog.NODE_SPLIT_DIR));
        List<String> actions = new ArrayList<>();
        Map<String, String> paths = new TreeMap<>();
        verifyRepoFiles(manifest);
        copyRepoFiles(manifest, paths, actions);
        unpackArchives(manifest, paths, actions);
        installExternal(manifest, paths, actions);
        Map<String, Integer> nodeSplit = writeNodeSplits(manifest, actions);
        long millis = millisSince(start);
        Json.writeAtomically(home.resolve(SetupStamp.FILE),
                new SetupStamp(SetupStamp.FORMAT, manifestSha, Instant.now().toString(), paths, nodeSplit, millis));
        return new SetupReport(false, home, millis, actions);
    }

    /** Valid stamp: same format and manifest, and every path it installed still there. */
    private boolean stampIsValid(String manifestSha) {
        Path file = home.resolve(SetupStamp.FILE);
        if (!Files.isRegularFile(file)) {
            return false;
        }
        SetupStamp stamp;
        try {
            stamp = Json.read(file, SetupStamp.class);
        } catch (RuntimeException e) {
            return false;
        }
        return stamp.format() == SetupStamp.FORMAT && manifestSha.equals(stamp.manifestSha256())
                && stamp.paths().keySet().stream().allMatch(p -> Files.exists(home.resolve(p)))
                && stamp.nodeSplit().keySet().stream()
                .allMatch(d -> Files.isDirectory(home.resolve(DatasetCatalog.NODE_SPLIT_DIR).resolve(d)));
    }

    private void verifyRepoFiles(DataManifest manifest) {
        progress.start("verify repository data (sha256)", manifest.files().size());
        for (RepoFile f : manifest.files()) {
            Checksum.verify(repoRoot.resolve("data").resolve(f.path()), f.sha256(), "data/" + f.path());
            progress.advance(1);
        }
        progress.finish();
    }

    private void copyRepoFiles(DataManifest manifest, Map<String, String> paths, List<String> actions) {
        int copied = 0;
        for (RepoFile f : manifest.files()) {
            if (f.isArchive()) {
                continue;
            }
            Path to = home.resolve(f.path());
            if (force || !Checksum.matches(to, f.sha256())) {
                Path from = repoRoot.resolve("data").resolve(f.path());
                AtomicFiles.write(to, out -> Files.copy(from, out));
                Folders.publish(to);
                copied++;
            }
            paths.put(f.path(), f.sha256());
        }
        if (copied > 0) {
            actions.add("copied " + copied + " repository files");
        }
    }

    /** Unpacks each folder's archives into a staging folder, then swaps it in; skipped if its marker matches. */
    private void unpackArchives(DataManifest manifest, Map<String, String> paths, List<String> actions) {
        Map<String, List<RepoFile>> byDir = manifest.files().stream().filter(RepoFile::isArchive)
                .collect(Collectors.groupingBy(RepoFile::unpackDir, LinkedHashMap::new, Collectors.toList()));
        for (Map.Entry<String, List<RepoFile>> e : byDir.entrySet()) {
            Path target = home.resolve(e.getKey());
            String marker = e.getValue().stream().map(f -> f.sha256() + "  " + f.path() + "\n").sorted()
                    .collect(Collectors.joining());
            paths.put(e.getKey(), Hashes.sha256(marker.getBytes(StandardCharsets.UTF_8)));
            if (!force && marker.equals(readMarker(target))) {
                continue;
            }
            Path staging = Folders.staging(target);
            progress.start("unpack " + e.getKey(), e.getValue().size());
            int entries = 0;
            for (RepoFile f : e.getValue()) {
                entries += TarArchive.extractAll(repoRoot.resolve("data").resolve(f.path()), staging);
                progress.advance(1);
            }
            AtomicFiles.write(staging.resolve(ARCHIVES_MARKER), marker.getBytes(StandardCharsets.UTF_8));
            Folders.replace(staging, target);
            progress.finish();
            actions.add("unpacked " + entries + " files into " + e.getKey() + "/");
        }
    }

    private static String readMarker(Path dir) {
        try {
            Path m = dir.resolve(ARCHIVES_MARKER);
            return Files.isRegularFile(m) ? Files.readString(m) : null;
        } catch (IOException e) {
            return null;
        }
    }

    private void installExternal(DataManifest manifest, Map<String, String> paths, List<String> actions) {
        ExternalSourceInstaller installer = new ExternalSourceInstaller(command, home, progress);
        for (ExternalSource source : manifest.external()) {
            if (force || !installer.installed(source)) {
                installer.install(source);
                actions.add("installed " + source.id() + " from " + source.kind() + " " + source.packageSpec());
            }
            for (ExternalFile f : source.files()) {
                paths.put(f.to(), f.sha256());
            }
        }
    }

    /** Writes the NODE split of every data set in the installed {@code datasets.json}, if the manifest ships one. */
    private Map<String, Integer> writeNodeSplits(DataManifest manifest, List<String> actions) {
        Map<String, Integer> counts = new TreeMap<>();
        if (manifest.files().stream().noneMatch(f -> f.path().equals("datasets.json"))) {
            return counts;
        }
        DatasetCatalog catalog = new DatasetCatalog(home);
        for (String dataset : catalog.datasetIds()) {
            if (dataset.equals(DatasetCatalog.IMAGENET_SAMPLE)) {
                continue;
            }
            int n = NodeSplitWriter.write(catalog, dataset, progress);
            counts.put(dataset, n);
            actions.add("wrote " + n + " node images of " + dataset);
        }
        return counts;
    }

    private static long millisSince(long startNanos) {
        return (System.nanoTime() - startNanos) / 1_000_000;
    }

    /** Builds a {@link DataSetup}; every setting is optional. */
    public static final class Builder {
        private Path repoRoot;
        private Path dataHome;
        private Progress progress = Progress.NONE;
        private boolean force;
        private List<Path> searchPath;

        private Builder() {
        }

        /** Repository root holding {@code data/MANIFEST.json}; default: system property {@value #REPO_ROOT_PROPERTY}. */
        public Builder optRepoRoot(Path repoRoot) {
            this.repoRoot = repoRoot;
            return this;
        }

        /** Where to install; default {@link Mll4jHome#data()}. */
        public Builder optDataHome(Path dataHome) {
            this.dataHome = dataHome;
            return this;
        }

        public Builder optProgress(Progress progress) {
            this.progress = progress;
            return this;
        }

        /** Re-verify and reinstall everything even if the stamp says it is installed. */
        public Builder optForce(boolean force) {
            this.force = force;
            return this;
        }

        /** Folders searched for {@code npm} and {@code apt-get}; default: {@code PATH}. */
        public Builder optSearchPath(List<Path> searchPath) {
            this.searchPath = List.copyOf(searchPath);
            return this;
        }

        public DataSetup build() {
            if (repoRoot == null) {
                String prop = System.getProperty(REPO_ROOT_PROPERTY);
                if (prop == null || prop.isBlank()) {
                    throw new DataException("System property " + REPO_ROOT_PROPERTY + " is not set: run `./mll data setup`"
                            + " from the mll4j repository, or pass -D" + REPO_ROOT_PROPERTY + "=<repository root>");
                }
                repoRoot = Path.of(prop);
            }
            if (dataHome == null) {
                dataHome = Mll4jHome.data();
            }
            if (searchPath == null) {
                searchPath = ExternalCommand.systemPath();
            }
            if (progress == null) {
                throw new IllegalArgumentException("progress must not be null (use Progress.NONE)");
            }
            return new DataSetup(this);
        }
    }
}
