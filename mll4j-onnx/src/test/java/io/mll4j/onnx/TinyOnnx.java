package io.mll4j.onnx;

import io.mll4j.onnx.build.OnnxGraphBuilder;
import io.mll4j.onnx.build.OnnxGraphBuilder.ElementType;

import java.nio.file.Path;
import java.util.Random;

/** Tiny real ONNX graphs for tests ({@link OnnxGraphBuilder}), with small seeded random weights. */
final class TinyOnnx {
    private static final String PRODUCER = "mll4j-test";

    private TinyOnnx() {
    }

    /**
     * A linear classifier {@code [N, channels, size, size] -> Flatten -> MatMul -> Add -> [N, outputs]}; also an image
     * tower when {@code outputs} is read as the embedding dimension. Parameters: {@code c*s*s*outputs + outputs}.
     */
    static Path linear(Path file, int channels, int size, int outputs) {
        int features = channels * size * size;
        OnnxGraphBuilder.create("linear").optProducer(PRODUCER)
                .input("image", ElementType.FLOAT, -1, channels, size, size)
                .initializer("W", weights(features * outputs), features, outputs)
                .initializer("b", weights(outputs), outputs)
                .flatten("image", 1, "flat").matMul("flat", "W", "mm").add("mm", "b", "logits")
                .output("logits", ElementType.FLOAT, -1, outputs)
                .write(file);
        return file;
    }

    /**
     * A text tower {@code input_ids [N, length] int64 -> Gather(E [vocab, dim]) -> ReduceMean over tokens -> [N, dim]}.
     * Parameters: {@code vocab*dim}.
     */
    static Path textTower(Path file, int vocab, int length, int dim) {
        OnnxGraphBuilder.create("text").optProducer(PRODUCER)
                .input("input_ids", ElementType.INT64, -1, length)
                .initializer("E", weights(vocab * dim), vocab, dim)
                .gather("E", "input_ids", 0, "tokens")
                .reduceMean("tokens", new long[]{1}, false, "text_embeds")
                .output("text_embeds", ElementType.FLOAT, -1, dim)
                .write(file);
        return file;
    }

    /** Small weights, the same for every tensor of the same size. */
    private static float[] weights(int count) {
        Random random = new Random(7);
        float[] values = new float[count];
        for (int i = 0; i < count; i++) {
            values[i] = (float) random.nextGaussian() * 0.01f;
        }
        return values;
    }
}
