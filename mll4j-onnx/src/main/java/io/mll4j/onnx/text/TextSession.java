package io.mll4j.onnx.text;

import ai.onnxruntime.NodeInfo;
import ai.onnxruntime.OnnxJavaType;
import ai.onnxruntime.OnnxTensor;
import ai.onnxruntime.OrtEnvironment;
import ai.onnxruntime.OrtException;
import ai.onnxruntime.OrtSession;
import ai.onnxruntime.TensorInfo;
import io.mll4j.exception.InferenceException;
import io.mll4j.exception.ModelLoadException;

import java.nio.FloatBuffer;
import java.nio.IntBuffer;
import java.nio.LongBuffer;
import java.util.Arrays;
import java.util.HashMap;
import java.util.Map;
import java.util.Set;

/**
 * An ORT session of a BERT-style encoder, with the inputs discovered from the model: {@code input_ids} and
 * {@code attention_mask} are required, {@code token_type_ids} is fed only when the export declares it; int64 or
 * int32 ids. Runs one padded batch and returns {@code last_hidden_state} flat. Package-private: the lead may merge
 * it with the module's general ORT runner.
 */
final class TextSession implements AutoCloseable {
    private static final String IDS = "input_ids";
    private static final String MASK = "attention_mask";
    private static final String TYPES = "token_type_ids";
    private static final Set<String> KNOWN_INPUTS = Set.of(IDS, MASK, TYPES);

    private final OrtEnvironment env = OrtEnvironment.getEnvironment();
    private final OrtSession session;
    private final String name;
    private final boolean needsTypes;
    private final boolean int32;
    private final String output;
    private final int dimension;

    /** Opens the session; closes it again if the model does not look like a BERT encoder. */
    TextSession(byte[] model, String name, int threads) {
        this.name = name;
        try (OrtSession.SessionOptions options = new OrtSession.SessionOptions()) {
            options.setOptimizationLevel(OrtSession.SessionOptions.OptLevel.ALL_OPT);
            options.setIntraOpNumThreads(threads);
            options.setInterOpNumThreads(1);
            session = env.createSession(model, options);
        } catch (OrtException e) {
            throw new ModelLoadException("Cannot load ONNX text encoder " + name + ": " + e.getMessage(), e);
        }
        try {
            Map<String, NodeInfo> inputs = session.getInputInfo();
            for (String input : inputs.keySet()) {
                if (!KNOWN_INPUTS.contains(input)) {
                    throw new ModelLoadException("ONNX text encoder " + name + " has input '" + input
                            + "'; only " + KNOWN_INPUTS + " are supported");
                }
            }
            if (!inputs.containsKey(IDS) || !inputs.containsKey(MASK)) {
                throw new ModelLoadException("ONNX text encoder " + name + " lacks input '" + IDS + "' or '" + MASK
                        + "'; it has " + inputs.keySet());
            }
            needsTypes = inputs.containsKey(TYPES);
            int32 = ((TensorInfo) inputs.get(IDS).getInfo()).type == OnnxJavaType.INT32;
            Map<String, NodeInfo> outputs = session.getOutputInfo();
            output = outputs.containsKey("last_hidden_state") ? "last_hidden_state" : outputs.keySet().iterator().next();
            long[] shape = ((TensorInfo) outputs.get(output).getInfo()).getShape();
            if (shape.length != 3 || shape[2] <= 0) {
                throw new ModelLoadException("ONNX text encoder " + name + ": output '" + output
                        + "' should be [batch, tokens, hidden] with a fixed hidden size, got "
                        + Arrays.toString(shape));
            }
            dimension = (int) shape[2];
        } catch (OrtException | RuntimeException e) {
            closeQuietly(e);
            throw e instanceof ModelLoadException m ? m
                    : new ModelLoadException("Cannot inspect ONNX text encoder " + name + ": " + e.getMessage(), e);
        }
    }

    int dimension() {
        return dimension;
    }

    /** Runs one batch of flat {@code [batch][seqLen]} inputs; returns the flat {@code [batch][seqLen][dim]} output. */
    float[] run(long[] ids, long[] mask, long[] types, int batch, int seqLen) {
        long[] shape = {batch, seqLen};
        Map<String, OnnxTensor> feed = new HashMap<>();
        try {
            feed.put(IDS, tensor(ids, shape));
            feed.put(MASK, tensor(mask, shape));
            if (needsTypes) {
                feed.put(TYPES, tensor(types, shape));
            }
            try (OrtSession.Result result = session.run(feed, Set.of(output))) {
                FloatBuffer buffer = ((OnnxTensor) result.get(0)).getFloatBuffer();
                float[] hidden = new float[buffer.remaining()];
                buffer.get(hidden);
                return hidden;
            }
        } catch (OrtException e) {
            throw new InferenceException("ONNX text encoder " + name + " failed on a batch of " + batch + " x "
                    + seqLen + " tokens: " + e.getMessage(), e);
        } finally {
            feed.values().forEach(OnnxTensor::close);
        }
    }

    private OnnxTensor tensor(long[] values, long[] shape) throws OrtException {
        if (!int32) {
            return OnnxTensor.createTensor(env, LongBuffer.wrap(values), shape);
        }
        int[] narrow = new int[values.length];
        for (int i = 0; i < values.length; i++) {
            narrow[i] = (int) values[i];
        }
        return OnnxTensor.createTensor(env, IntBuffer.wrap(narrow), shape);
    }

    private void closeQuietly(Exception cause) {
        try {
            session.close();
        } catch (OrtException e) {
            cause.addSuppressed(e);
        }
    }

    @Override
    public void close() {
        try {
            session.close();
        } catch (OrtException e) {
            throw new InferenceException("Cannot close ONNX text encoder " + name + ": " + e.getMessage(), e);
        }
    }
}
