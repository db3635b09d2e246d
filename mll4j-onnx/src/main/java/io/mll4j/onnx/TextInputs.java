package io.mll4j.onnx;

import ai.onnxruntime.NodeInfo;
import ai.onnxruntime.OnnxJavaType;
import ai.onnxruntime.OnnxTensor;
import ai.onnxruntime.OrtEnvironment;
import ai.onnxruntime.OrtException;
import ai.onnxruntime.TensorInfo;
import io.mll4j.exception.ModelLoadException;

import java.nio.IntBuffer;
import java.nio.LongBuffer;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;

/**
 * Synthetic batch-1 inputs for a text tower: every input must be an integer {@code [N, L]} tensor; masks get ones,
 * token-type ids zeros, token ids small values that any vocabulary contains.
 */
final class TextInputs {
    /** Sequence length used when the model leaves it dynamic. */
    private static final int FALLBACK_LENGTH = 16;

    private TextInputs() {
    }

    /** Tensors for every input of the tower, by input name; the caller closes them. */
    static Map<String, OnnxTensor> synthetic(OrtEnvironment env, Map<String, NodeInfo> inputs, String file)
            throws OrtException {
        Map<String, OnnxTensor> tensors = new LinkedHashMap<>();
        try {
            for (NodeInfo input : inputs.values()) {
                tensors.put(input.getName(), tensor(env, input, file));
            }
            return tensors;
        } catch (OrtException | RuntimeException e) {
            tensors.values().forEach(OnnxTensor::close);
            throw e;
        }
    }

    private static OnnxTensor tensor(OrtEnvironment env, NodeInfo input, String file) throws OrtException {
        if (!(input.getInfo() instanceof TensorInfo info)
                || (info.type != OnnxJavaType.INT64 && info.type != OnnxJavaType.INT32)
                || info.getShape().length != 2 || (info.getShape()[0] != -1 && info.getShape()[0] != 1)) {
            throw new ModelLoadException(file + ": text input '" + input.getName()
                    + "' must be an INT64 or INT32 tensor [N, length] with batch -1 or 1, is " + input.getInfo());
        }
        int length = info.getShape()[1] > 0 ? Math.toIntExact(info.getShape()[1]) : FALLBACK_LENGTH;
        String name = input.getName().toLowerCase(Locale.ROOT);
        long[] values = new long[length];
        if (name.contains("mask")) {
            Arrays.fill(values, 1);
        } else if (!name.contains("type")) {
            for (int i = 0; i < length; i++) {
                values[i] = 1 + i % 100;
            }
        }
        long[] shape = {1, length};
        if (info.type == OnnxJavaType.INT64) {
            return OnnxTensor.createTensor(env, LongBuffer.wrap(values), shape);
        }
        return OnnxTensor.createTensor(env, IntBuffer.wrap(Arrays.stream(values).mapToInt(v -> (int) v).toArray()), shape);
    }
}
