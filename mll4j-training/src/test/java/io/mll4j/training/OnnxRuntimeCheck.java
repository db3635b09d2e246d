package io.mll4j.training;

import ai.onnxruntime.OnnxTensor;
import ai.onnxruntime.OrtEnvironment;
import ai.onnxruntime.OrtException;
import ai.onnxruntime.OrtSession;

import java.nio.FloatBuffer;
import java.util.Map;

/** Runs an exported model in ONNX Runtime, as the hub will. */
public final class OnnxRuntimeCheck {
    private OnnxRuntimeCheck() {
    }

    /** Outputs of the model's single output for {@code images} (rows of C*H*W floats). */
    public static float[][] run(byte[] model, InputShape shape, float[][] images) throws OrtException {
        OrtEnvironment env = OrtEnvironment.getEnvironment();
        try (OrtSession.SessionOptions options = new OrtSession.SessionOptions()) {
            options.setIntraOpNumThreads(1);
            try (OrtSession session = env.createSession(model, options)) {
                FloatBuffer buffer = FloatBuffer.allocate(images.length * shape.size());
                for (float[] row : images) {
                    buffer.put(row);
                }
                buffer.rewind();
                String input = session.getInputNames().iterator().next();
                try (OnnxTensor tensor = OnnxTensor.createTensor(env, buffer,
                        new long[]{images.length, shape.channels(), shape.height(), shape.width()});
                     OrtSession.Result result = session.run(Map.of(input, tensor))) {
                    return (float[][]) result.get(0).getValue();
                }
            }
        }
    }

    /** Largest absolute difference between two equally shaped matrices. */
    public static double maxAbsDiff(float[][] a, float[][] b) {
        if (a.length != b.length) {
            throw new IllegalArgumentException(a.length + " rows vs " + b.length);
        }
        double max = 0;
        for (int i = 0; i < a.length; i++) {
            if (a[i].length != b[i].length) {
                throw new IllegalArgumentException("row " + i + ": " + a[i].length + " vs " + b[i].length);
            }
            for (int j = 0; j < a[i].length; j++) {
                max = Math.max(max, Math.abs(a[i][j] - b[i][j]));
            }
        }
        return max;
    }
}
