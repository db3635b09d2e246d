package io.mll4j.hub;

import io.mll4j.exception.DataException;
import io.mll4j.exception.HubException;
import io.mll4j.exception.ModelLoadException;
import io.mll4j.exception.UnknownSynsetException;
import io.mll4j.progress.Progress;
import io.mll4j.util.Hashes;
import io.mll4j.util.Json;

import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.channels.FileChannel;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The admission steps of {@link ModelHub#add}: synset validation, copying and hashing the files into the
 * staging folder, running the checker, and recording what it measured.
 */
final class Admission {
    private final ModelChecker checker;
    private final SynsetValidator synsetValidator;
    private final Progress progress;

    Admission(ModelChecker checker, SynsetValidator synsetValidator, Progress progress) {
        this.checker = checker;
        this.synsetValidator = synsetValidator;
        this.progress = progress;
    }

    /**
     * Copies, hashes and checks the package's files in {@code staging} and writes the admitted manifest there.
     * No temp-file dance for the manifest: the whole staging folder becomes visible by one atomic rename.
     */
    ModelManifest stage(ModelPackage pkg, Path staging) throws IOException {
        ModelManifest manifest = pkg.manifest();
        String id = manifest.id();
        progress.start("add " + id, manifest.files().size());
        List<ModelFile> files = new ArrayList<>();
        for (ModelFile f : manifest.files()) {
            Path source = pkg.source(f);
            if (!Files.isRegularFile(source)) {
                throw new HubException("Model '" + id + "': file '" + f.path() + "' (role " + f.role()
                        + ") not found at " + source);
            }
            Path target = staging.resolve(f.path());
            copyDurably(source, target);
            String sha = Hashes.sha256(target);
            if (f.sha256() != null && !f.sha256().equals(sha)) {
                throw new DataException("Model '" + id + "': file " + source + " has sha256 " + sha
                        + ", the package declares " + f.sha256());
            }
            files.add(new ModelFile(f.role(), f.path(), Files.size(target), sha));
            progress.advance(1);
        }
        progress.finish();
        ModelManifest withFiles = manifest.toBuilder().setFiles(files).build();
        CheckResult result;
        try {
            result = checker.check(withFiles, staging);
        } catch (ModelLoadException e) {
            throw new ModelLoadException("Model '" + id + "' rejected: " + e.getMessage(), e);
        }
        Map<String, String> ioNames = new LinkedHashMap<>(result.ioNames());
        ioNames.putAll(manifest.ioNames());
        ModelManifest admitted = withFiles.toBuilder()
                .optIoNames(ioNames)
                .optCostProfile(new CostProfile(result.params(), withFiles.totalBytes(), result.msPerImage()))
                .build();
        writeDurably(staging.resolve(ModelHub.ENTRY_FILE), Json.write(admitted).getBytes(StandardCharsets.UTF_8));
        return admitted;
    }

    /** Rejects labels whose synset the validator does not know (none when there is no validator). */
    void validateSynsets(ModelManifest manifest) {
        if (synsetValidator == null) {
            return;
        }
        List<String> unknown = manifest.labels().stream()
                .filter(l -> l.synset() != null && !synsetValidator.isKnown(l.synset()))
                .map(l -> "'" + l.name() + "' -> " + l.synset())
                .toList();
        if (!unknown.isEmpty()) {
            throw new UnknownSynsetException("Model '" + manifest.id() + "': unknown synset for label "
                    + String.join(", ", unknown));
        }
    }

    private static void writeDurably(Path target, byte[] bytes) throws IOException {
        try (FileChannel out = FileChannel.open(target, StandardOpenOption.CREATE_NEW, StandardOpenOption.WRITE)) {
            for (ByteBuffer buf = ByteBuffer.wrap(bytes); buf.hasRemaining(); ) {
                out.write(buf);
            }
            out.force(true);
        }
    }

    /** Copies and fsyncs, so that the renamed entry never points at data still in the page cache only. */
    private static void copyDurably(Path source, Path target) throws IOException {
        Files.createDirectories(target.getParent());
        try (FileChannel in = FileChannel.open(source, StandardOpenOption.READ);
             FileChannel out = FileChannel.open(target, StandardOpenOption.CREATE_NEW, StandardOpenOption.WRITE)) {
            long size = in.size();
            for (long done = 0; done < size; ) {
                done += in.transferTo(done, size - done, out);
            }
            out.force(true);
        }
    }
}
