package io.mll4j.onnx.clip;

import ai.onnxruntime.OnnxJavaType;
import io.mll4j.exception.InferenceException;
import io.mll4j.exception.ModelLoadException;
import io.mll4j.onnx.FloatTensor;
import io.mll4j.onnx.OnnxModelRunner;
import io.mll4j.onnx.TensorSpec;

import java.util.Arrays;
import java.util.List;
import java.util.Objects;

/**
 * A {@link TextTower} over an ONNX text encoder with one token-id input {@code [N, L]} (int64, or int32 as some
 * exports use: detected from the model) and a {@code [N, D]} float output. Ids come from a {@link TextTokenizer}
 * whose length must match {@code L} when the model fixes it. A fixed batch axis is fed padded chunks.
 */
public final class OnnxTextTower implements TextTower {
    private final OnnxModelRunner model;
    private final TextTokenizer tokenizer;
    private final TensorSpec input;
    private final TensorSpec output;
    private final int length;
    private final int chunk;
    private final boolean fixedBatch;
    private final int dimension;

    /**
     * @param model      the text encoder; closed with this tower
     * @param tokenizer  text → ids of the model's sequence length
     * @param inputName  token input, or null for the only input
     * @param outputName embedding output, or null for the first output
     * @param batchSize  texts per run when the batch axis is symbolic
     * @throws ModelLoadException if the input is not integer {@code [N, L]}, the output not float {@code [N, D]},
     *                            or the tokenizer's length differs from a fixed {@code L}
     */
    public OnnxTextTower(OnnxModelRunner model, TextTokenizer tokenizer, String inputName, String outputName,
                         int batchSize) {
        this.model = Objects.requireNonNull(model, "model");
        this.tokenizer = Objects.requireNonNull(tokenizer, "tokenizer");
        if (batchSize < 1) {
            throw new IllegalArgumentException("batchSize must be >= 1, got " + batchSize);
        }
        this.input = model.input(inputName);
        this.output = model.output(outputName);
        if ((input.type() != OnnxJavaType.INT64 && input.type() != OnnxJavaType.INT32) || input.rank() != 2) {
            throw new ModelLoadException("ONNX model " + model.path() + ": input " + input
                    + " does not fit, expected int64 or int32 token ids [N, L]");
        }
        if (output.type() != OnnxJavaType.FLOAT || output.rank() != 2) {
            throw new ModelLoadException("ONNX model " + model.path() + ": output " + output
                    + " does not fit, expected float [N, D]");
        }
        this.length = tokenizer.tokenize("").length;
        if (input.dim(1) > 0 && input.dim(1) != length) {
            throw new ModelLoadException("ONNX model " + model.path() + ": input " + input + " wants "
                    + input.dim(1) + " token ids per text but the tokenizer gives " + length);
        }
        this.fixedBatch = input.dim(0) > 0;
        this.chunk = fixedBatch ? (int) input.dim(0) : batchSize;
        // a symbolic embedding axis is resolved by encoding the empty text once
        this.dimension = output.dim(1) > 0 ? (int) output.dim(1) : encode(List.of(""))[0].length;
    }

    /** Element type of the token input the model declares (INT64 or INT32). */
    public OnnxJavaType tokenType() {
        return input.type();
    }

    @Override
    public int dimension() {
        return dimension;
    }

    @Override
    public float[][] encode(List<String> texts) {
        float[][] rows = new float[texts.size()][];
        for (int start = 0; start < texts.size(); start += chunk) {
            List<String> part = texts.subList(start, Math.min(start + chunk, texts.size()));
            System.arraycopy(runChunk(part), 0, rows, start, part.size());
        }
        return rows;
    }

    private float[][] runChunk(List<String> part) {
        int n = fixedBatch ? chunk : part.size();
        long[] ids = new long[n * length]; // rows past the last text stay 0 (padding of a fixed batch)
        for (int i = 0; i < part.size(); i++) {
            long[] row = tokenizer.tokenize(part.get(i));
            if (row.length != length) {
                throw new IllegalStateException("tokenizer gave " + row.length + " ids for text " + i
                        + " but " + length + " before; a text tower needs a fixed length");
            }
            System.arraycopy(row, 0, ids, i * length, length);
        }
        long[] shape = {n, length};
        FloatTensor result;
        if (input.type() == OnnxJavaType.INT32) {
            int[] narrow = new int[ids.length];
            for (int i = 0; i < ids.length; i++) {
                narrow[i] = Math.toIntExact(ids[i]);
            }
            result = model.runInt(input.name(), narrow, shape, output.name());
        } else {
            result = model.runLong(input.name(), ids, shape, output.name());
        }
        long[] got = result.shape();
        if (got.length != 2 || got[0] != n) {
            throw new InferenceException("ONNX model " + model.path() + ": output '" + output.name() + "' has shape "
                    + Arrays.toString(got) + " for a batch of " + n + ", expected [" + n + ", D]");
        }
        return result.rows();
    }

    @Override
    public void close() {
        model.close();
    }

    @Override
    public String toString() {
        return "OnnxTextTower[" + model.path() + ", " + input.type() + " ids x " + length + ", " + dimension + "-d]";
    }
}
