package io.mll4j.hub;

import io.mll4j.exception.ModelLoadException;

import java.nio.file.Path;

/**
 * Admits or rejects a model before it enters the hub (learnware's checker), and measures what it costs.
 * Engines implement it (ONNX Runtime in {@code mll4j-onnx}); the hub runs it on the staged copy of the files.
 */
@FunctionalInterface
public interface ModelChecker {
    /** Admits everything and measures nothing: for hubs fed by a trusted, already checked source. */
    ModelChecker NONE = (manifest, directory) -> CheckResult.UNMEASURED;

    /**
     * Loads and smoke-runs the model.
     *
     * @param manifest  the manifest, files with sizes and digests filled in
     * @param directory the folder the manifest's file paths are relative to
     * @return what was measured
     * @throws ModelLoadException naming the file and the mismatch when the model cannot be admitted
     */
    CheckResult check(ModelManifest manifest, Path directory);
}
