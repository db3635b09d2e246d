package io.mll4j.onnx;

import ai.onnxruntime.OnnxTensor;
import ai.onnxruntime.OnnxValue;
import ai.onnxruntime.OrtException;
import ai.onnxruntime.OrtSession;
import ai.onnxruntime.TensorInfo;
import io.mll4j.exception.ModelLoadException;

import java.nio.FloatBuffer;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.Map;

/** Runs a session on synthetic inputs: checks the outputs are finite and times the runs after warm-up. */
final class SmokeRun {

    /**
     * @param outputShapes actual shape of each tensor output of the first run
     * @param medianMs     median wall time of the timed runs, in milliseconds
     */
    record Outcome(Map<String, long[]> outputShapes, double medianMs) {
    }

    private SmokeRun() {
    }

    static Outcome run(OrtSession session, Map<String, OnnxTensor> inputs, int warmupRuns, int timedRuns, String file) {
        Map<String, long[]> shapes = new LinkedHashMap<>();
        double[] millis = new double[timedRuns];
        try {
            for (int run = 0; run < warmupRuns + timedRuns; run++) {
                long start = System.nanoTime();
                try (OrtSession.Result result = session.run(inputs)) {
                    long elapsed = System.nanoTime() - start;
                    if (run == 0) {
                        inspect(result, shapes, file);
                    }
                    if (run >= warmupRuns) {
                        millis[run - warmupRuns] = elapsed / 1e6;
                    }
                }
            }
        } catch (OrtException e) {
            throw new ModelLoadException(file + ": smoke inference on a synthetic input failed: " + e.getMessage(), e);
        }
        Arrays.sort(millis);
        double median = timedRuns % 2 == 1 ? millis[timedRuns / 2] : (millis[timedRuns / 2 - 1] + millis[timedRuns / 2]) / 2;
        return new Outcome(shapes, median);
    }

    private static void inspect(OrtSession.Result result, Map<String, long[]> shapes, String file) throws OrtException {
        for (Map.Entry<String, OnnxValue> output : result) {
            if (!(output.getValue() instanceof OnnxTensor tensor) || !(tensor.getInfo() instanceof TensorInfo info)) {
                continue;
            }
            shapes.put(output.getKey(), info.getShape());
            if (info.type == ai.onnxruntime.OnnxJavaType.FLOAT) {
                FloatBuffer values = tensor.getFloatBuffer();
                for (int i = 0; i < values.limit(); i++) {
                    if (!Float.isFinite(values.get(i))) {
                        throw new ModelLoadException(file + ": output '" + output.getKey() + "' has a non-finite value ("
                                + values.get(i) + ") at index " + i + " on a synthetic input");
                    }
                }
            }
        }
    }
}
