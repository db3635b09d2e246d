package io.mll4j.onnx.clip;

import io.mll4j.onnx.OnnxImageRunner;

import java.awt.image.BufferedImage;
import java.util.List;
import java.util.Objects;

/** An {@link ImageTower} over an ONNX image encoder ({@code [N,3,S,S]} → {@code [N,D]}). */
public final class OnnxImageTower implements ImageTower {
    private final OnnxImageRunner runner;
    private final int dimension;

    /** @param runner the image encoder; closed with this tower */
    public OnnxImageTower(OnnxImageRunner runner) {
        this.runner = Objects.requireNonNull(runner, "runner");
        long width = runner.outputWidth();
        // A symbolic embedding axis is resolved by encoding one black image (any size: the runner checked
        // that the preprocessing produces what the model's input wants).
        this.dimension = width > 0 ? (int) width
                : runner.run(List.of(new BufferedImage(224, 224, BufferedImage.TYPE_INT_RGB)))[0].length;
    }

    @Override
    public int dimension() {
        return dimension;
    }

    @Override
    public float[][] encode(List<BufferedImage> images) {
        return runner.run(images);
    }

    @Override
    public void close() {
        runner.close();
    }

    @Override
    public String toString() {
        return "OnnxImageTower[" + runner.model().path() + ", " + dimension + "-d]";
    }
}
