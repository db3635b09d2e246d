package io.mll4j.onnx;

import ai.onnxruntime.NodeInfo;
import ai.onnxruntime.OnnxJavaType;
import ai.onnxruntime.OnnxTensor;
import ai.onnxruntime.OnnxValue;
import ai.onnxruntime.OrtEnvironment;
import ai.onnxruntime.OrtException;
import ai.onnxruntime.OrtSession;
import ai.onnxruntime.TensorInfo;
import io.mll4j.exception.InferenceException;
import io.mll4j.exception.ModelLoadException;

import java.io.IOException;
import java.nio.FloatBuffer;
import java.nio.IntBuffer;
import java.nio.LongBuffer;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.concurrent.locks.ReentrantReadWriteLock;

/**
 * One ONNX Runtime session over a model file: input/output discovery and single-input runs returning a float
 * tensor. Load problems raise {@link ModelLoadException} naming the file; run failures {@link InferenceException}.
 * {@code run*} may be called from several threads; {@link #close()} is idempotent.
 */
public final class OnnxModelRunner implements AutoCloseable {
    private final Path path;
    private final OrtEnvironment env;
    private final OrtSession session;
    private final Map<String, TensorSpec> inputs;
    private final Map<String, TensorSpec> outputs;
    /** Runs share the read lock; close takes the write lock so it never frees a session in use. */
    private final ReentrantReadWriteLock lock = new ReentrantReadWriteLock();
    private boolean closed;

    private OnnxModelRunner(Path path, OrtEnvironment env, OrtSession session) throws OrtException {
        this.path = path;
        this.env = env;
        this.session = session;
        this.inputs = specs(session.getInputInfo());
        this.outputs = specs(session.getOutputInfo());
    }

    /**
     * Opens a model file.
     *
     * @param model          the {@code .onnx} file
     * @param intraOpThreads threads for one operator; {@code 0} lets ONNX Runtime choose (one per core)
     * @throws ModelLoadException if the file is missing, empty or not a model ONNX Runtime can load
     */
    public static OnnxModelRunner open(Path model, int intraOpThreads) {
        Objects.requireNonNull(model, "model");
        if (intraOpThreads < 0) {
            throw new IllegalArgumentException("intraOpThreads must be >= 0, got " + intraOpThreads);
        }
        checkFile(model);
        OrtEnvironment env = OrtEnvironment.getEnvironment();
        try (OrtSession.SessionOptions options = new OrtSession.SessionOptions()) {
            options.setIntraOpNumThreads(intraOpThreads);
            options.setInterOpNumThreads(1);
            OrtSession session = env.createSession(model.toString(), options);
            try {
                return new OnnxModelRunner(model, env, session);
            } catch (OrtException | RuntimeException e) {
                closeQuietly(session);
                throw e;
            }
        } catch (OrtException e) {
            if (e.getCode() == OrtException.OrtErrorCode.ORT_INVALID_PROTOBUF) {
                throw new ModelLoadException("ONNX model " + model + " is not a valid ONNX file (protobuf parsing "
                        + "failed)", e);
            }
            throw new ModelLoadException("cannot load ONNX model " + model + ": " + e.getMessage(), e);
        }
    }

    private static void checkFile(Path model) {
        long size;
        try {
            if (!Files.isRegularFile(model)) {
                throw new ModelLoadException("ONNX model " + model + " does not exist or is not a file");
            }
            size = Files.size(model);
        } catch (IOException e) {
            throw new ModelLoadException("cannot read ONNX model " + model + ": " + e.getMessage(), e);
        }
        if (size == 0) {
            throw new ModelLoadException("ONNX model " + model + " is empty (0 bytes)");
        }
    }

    public Path path() {
        return path;
    }

    /** Inputs in graph order. */
    public Map<String, TensorSpec> inputs() {
        return inputs;
    }

    /** Outputs in graph order. */
    public Map<String, TensorSpec> outputs() {
        return outputs;
    }

    /**
     * The named input, or the only one when {@code name} is null.
     *
     * @throws ModelLoadException if absent, or if {@code name} is null and the model has several inputs
     */
    public TensorSpec input(String name) {
        return pick(inputs, name, "input");
    }

    /** The named output, or the first one when {@code name} is null (ONNX exports put the result first). */
    public TensorSpec output(String name) {
        if (name == null && !outputs.isEmpty()) {
            return outputs.values().iterator().next();
        }
        return pick(outputs, name, "output");
    }

    private TensorSpec pick(Map<String, TensorSpec> specs, String name, String kind) {
        if (name == null) {
            if (specs.size() != 1) {
                throw new ModelLoadException("ONNX model " + path + " has " + specs.size() + " " + kind + "s "
                        + specs.keySet() + "; name the one to use");
            }
            return specs.values().iterator().next();
        }
        TensorSpec spec = specs.get(name);
        if (spec == null) {
            throw new ModelLoadException("ONNX model " + path + " has no " + kind + " '" + name + "'; it has "
                    + specs.keySet());
        }
        return spec;
    }

    /** Runs with one float input and returns one float output. */
    public FloatTensor runFloat(String input, float[] values, long[] shape, String output) {
        return run(input, () -> OnnxTensor.createTensor(env, FloatBuffer.wrap(values), shape), output);
    }

    /** Runs with one int64 input (e.g. token ids). */
    public FloatTensor runLong(String input, long[] values, long[] shape, String output) {
        return run(input, () -> OnnxTensor.createTensor(env, LongBuffer.wrap(values), shape), output);
    }

    /** Runs with one int32 input. */
    public FloatTensor runInt(String input, int[] values, long[] shape, String output) {
        return run(input, () -> OnnxTensor.createTensor(env, IntBuffer.wrap(values), shape), output);
    }

    private interface TensorFactory {
        OnnxTensor create() throws OrtException;
    }

    private FloatTensor run(String input, TensorFactory factory, String output) {
        lock.readLock().lock();
        try {
            if (closed) {
                throw new IllegalStateException("ONNX model " + path + " is closed");
            }
            return runOpen(input, factory, output);
        } finally {
            lock.readLock().unlock();
        }
    }

    private FloatTensor runOpen(String input, TensorFactory factory, String output) {
        try (OnnxTensor tensor = factory.create();
             OrtSession.Result result = session.run(Map.of(input, tensor), Set.of(output))) {
            OnnxValue value = result.get(output)
                    .orElseThrow(() -> new InferenceException("ONNX model " + path + " gave no output '" + output + "'"));
            if (!(value instanceof OnnxTensor out) || out.getInfo().type != OnnxJavaType.FLOAT) {
                throw new InferenceException("ONNX model " + path + ": output '" + output + "' is "
                        + value.getInfo() + ", expected a float tensor");
            }
            FloatBuffer buffer = out.getFloatBuffer();
            float[] values = new float[buffer.remaining()];
            buffer.get(values);
            return new FloatTensor(values, out.getInfo().getShape());
        } catch (OrtException e) {
            throw new InferenceException("ONNX model " + path + " failed to run: " + e.getMessage(), e);
        }
    }

    @Override
    public void close() {
        lock.writeLock().lock();
        try {
            if (!closed) {
                closed = true;
                closeQuietly(session);
            }
        } finally {
            lock.writeLock().unlock();
        }
    }

    private static void closeQuietly(OrtSession session) {
        try {
            session.close();
        } catch (OrtException e) {
            // nothing to recover: the native session is gone either way
        }
    }

    private static Map<String, TensorSpec> specs(Map<String, NodeInfo> infos) {
        Map<String, TensorSpec> specs = new LinkedHashMap<>();
        for (NodeInfo node : infos.values()) {
            if (node.getInfo() instanceof TensorInfo t) {
                specs.put(node.getName(), new TensorSpec(node.getName(), t.type, t.getShape(), t.getDimensionNames()));
            } else {
                specs.put(node.getName(), new TensorSpec(node.getName(), OnnxJavaType.UNKNOWN, new long[0],
                        new String[0]));
            }
        }
        return Collections.unmodifiableMap(specs);
    }

    @Override
    public String toString() {
        return "OnnxModelRunner[" + path + ", inputs=" + inputs.values() + ", outputs=" + outputs.values() + "]";
    }
}
