package io.mll4j.cli;

import io.mll4j.image.Preprocessing;
import io.mll4j.util.Json;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.stream.Collectors;

/** Named preprocessings for {@code mll hub add --preprocessing}; anything else is read as a JSON file. */
enum PreprocessingPreset {
    /** mnist.onnx: raw 0–255 grey values, white digit on black, 28×28, no normalisation. */
    MNIST("mnist", new Preprocessing(Preprocessing.ColorMode.GRAY, 28, true, Preprocessing.Interpolation.BILINEAR,
            0, 1f, new float[]{0f}, new float[]{1f}, Preprocessing.Layout.NCHW)),
    CLIP_224("clip-224", Preprocessing.clip(224)),
    IMAGENET_224("imagenet-224", Preprocessing.imagenet(256, 224));

    private final String id;
    private final Preprocessing preprocessing;

    PreprocessingPreset(String id, Preprocessing preprocessing) {
        this.id = id;
        this.preprocessing = preprocessing;
    }

    /** A preset by id, else a {@link Preprocessing} JSON file; names both choices when neither fits. */
    static Preprocessing resolve(String value) {
        for (PreprocessingPreset p : values()) {
            if (p.id.equals(value)) {
                return p.preprocessing;
            }
        }
        Path file = Path.of(value);
        if (!Files.isRegularFile(file)) {
            throw new IllegalArgumentException("--preprocessing '" + value + "' is neither a preset ("
                    + Arrays.stream(values()).map(p -> p.id).collect(Collectors.joining(", ")) + ") nor a JSON file");
        }
        try {
            return Json.mapper().readValue(file.toFile(), Preprocessing.class);
        } catch (java.io.IOException e) {
            throw new IllegalArgumentException("--preprocessing file " + file + " is not a valid preprocessing: "
                    + e.getMessage(), e);
        }
    }
}
