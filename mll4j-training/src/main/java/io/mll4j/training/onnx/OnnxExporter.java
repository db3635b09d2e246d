package io.mll4j.training.onnx;

import ai.onnx.proto.OnnxMl;
import io.mll4j.training.ArchitectureSpec;
import io.mll4j.training.InputShape;
import io.mll4j.training.Layer;
import io.mll4j.training.NetworkWeights;
import io.mll4j.util.AtomicFiles;
import org.tribuo.util.onnx.ONNXContext;
import org.tribuo.util.onnx.ONNXInitializer;
import org.tribuo.util.onnx.ONNXPlaceholder;
import org.tribuo.util.onnx.ONNXRef;

import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.TreeMap;

/**
 * Writes a spec network with its trained weights as an ONNX model: input {@code [batch, C, H, W]} float with a
 * symbolic batch dimension, output {@code [batch, outputSize]} float. Dropout is dropped, batch normalisation is
 * folded into the conv/linear layer before it, and an optional L2 normalisation ends the graph (for towers whose
 * embeddings are compared by cosine). The spec's JSON travels in the model's metadata under {@value #SPEC_KEY}.
 */
public final class OnnxExporter {
    /** Metadata key of the architecture spec JSON. */
    public static final String SPEC_KEY = "mll4j.spec";
    private static final long IR_VERSION = 8;

    private final String inputName;
    private final String outputName;
    private final boolean l2Normalize;
    private final String graphName;

    private OnnxExporter(Builder builder) {
        this.inputName = builder.inputName;
        this.outputName = builder.outputName;
        this.l2Normalize = builder.l2Normalize;
        this.graphName = builder.graphName;
    }

    public static Builder builder() {
        return new Builder();
    }

    /** The serialised ONNX model. */
    public byte[] export(ArchitectureSpec spec, NetworkWeights weights) {
        return model(spec, weights).toByteArray();
    }

    /** Writes the ONNX model to {@code file} atomically. */
    public void write(ArchitectureSpec spec, NetworkWeights weights, Path file) {
        byte[] bytes = export(spec, weights);
        AtomicFiles.write(file, bytes);
    }

    /** The ONNX model proto. */
    public OnnxMl.ModelProto model(ArchitectureSpec spec, NetworkWeights weights) {
        Objects.requireNonNull(spec, "spec");
        Objects.requireNonNull(weights, "weights");
        weights.checkFits(spec);
        ONNXContext context = new ONNXContext();
        context.setName(graphName);
        // ONNXContext only makes [batch, n] inputs: take one and give it the image shape below.
        ONNXPlaceholder input = context.floatInput(inputName, 1);
        ONNXPlaceholder output = context.floatOutput(outputName, spec.outputSize());
        ONNXRef<?> current = input;
        List<Layer> layers = spec.layers();
        List<List<Integer>> shapes = spec.layerOutputShapes();
        for (int i = 0; i < layers.size(); i++) {
            int inChannels = i == 0 ? spec.input().channels() : shapes.get(i - 1).getFirst();
            current = switch (layers.get(i)) {
                case Layer.Conv c -> {
                    float[][] wb = foldedParameters(spec, weights, i);
                    ONNXInitializer w = tensor(context, "conv" + i + "_weight", List.of(c.out(), inChannels, c.kernel(), c.kernel()), wb[0]);
                    ONNXInitializer b = tensor(context, "conv" + i + "_bias", List.of(c.out()), wb[1]);
                    yield context.operation(OnnxOp.CONV, List.of(current, w, b), "conv" + i, attributes(
                            "kernel_shape", new int[]{c.kernel(), c.kernel()},
                            "strides", new int[]{c.stride(), c.stride()},
                            "pads", new int[]{c.pad(), c.pad(), c.pad(), c.pad()}));
                }
                case Layer.Linear l -> {
                    float[][] wb = foldedParameters(spec, weights, i);
                    ONNXInitializer w = tensor(context, "linear" + i + "_weight", List.of(l.out(), inChannels), wb[0]);
                    ONNXInitializer b = tensor(context, "linear" + i + "_bias", List.of(l.out()), wb[1]);
                    yield context.operation(OnnxOp.GEMM, List.of(current, w, b), "linear" + i, attributes("transB", 1));
                }
                case Layer.Relu r -> context.operation(OnnxOp.RELU, List.of(current), "relu" + i);
                case Layer.MaxPool p -> context.operation(OnnxOp.MAX_POOL, List.of(current), "maxpool" + i, attributes(
                        "kernel_shape", new int[]{p.kernel(), p.kernel()}, "strides", new int[]{p.stride(), p.stride()}));
                case Layer.AvgPool p -> context.operation(OnnxOp.AVERAGE_POOL, List.of(current), "avgpool" + i, attributes(
                        "kernel_shape", new int[]{p.kernel(), p.kernel()}, "strides", new int[]{p.stride(), p.stride()}));
                case Layer.GlobalAvgPool g -> flatten(context,
                        context.operation(OnnxOp.GLOBAL_AVERAGE_POOL, List.of(current), "globalavgpool" + i), i);
                case Layer.Flatten f -> flatten(context, current, i);
                case Layer.Dropout d -> current;
                case Layer.BatchNorm b -> current;
            };
        }
        if (l2Normalize) {
            current = context.operation(OnnxOp.LP_NORMALIZATION, List.of(current), "l2norm",
                    attributes("axis", 1, "p", 2));
        }
        context.assignTo(current, output);
        OnnxMl.GraphProto graph = context.buildGraph();
        graph = graph.toBuilder().setInput(0, imageInput(graph.getInput(0), spec.input())).build();
        return OnnxMl.ModelProto.newBuilder()
                .setIrVersion(IR_VERSION)
                .addOpsetImport(OnnxMl.OperatorSetIdProto.newBuilder().setDomain("").setVersion(OnnxOp.OPSET))
                .setProducerName("mll4j")
                .setGraph(graph)
                .addMetadataProps(OnnxMl.StringStringEntryProto.newBuilder().setKey(SPEC_KEY).setValue(spec.toJson()))
                .build();
    }

    /** Weight and bias of conv/linear layer {@code i}, with a following batchnorm folded in. */
    private static float[][] foldedParameters(ArchitectureSpec spec, NetworkWeights weights, int i) {
        float[] w = weights.get(i, "weight");
        float[] b = weights.get(i, "bias");
        int next = i + 1;
        if (next < spec.layers().size() && spec.layers().get(next) instanceof Layer.BatchNorm) {
            BatchNormFolding folded = BatchNormFolding.fold(w, b, weights.get(next, "gamma"), weights.get(next, "beta"),
                    weights.get(next, "runningMean"), weights.get(next, "runningVar"), Layer.BatchNorm.EPSILON);
            return new float[][]{folded.weight(), folded.bias()};
        }
        return new float[][]{w, b};
    }

    /**
     * Node attributes in name order: {@code Map.of} iterates in a per-JVM random order, which would make the
     * serialised model differ between otherwise identical exports.
     */
    private static Map<String, Object> attributes(Object... namesAndValues) {
        Map<String, Object> sorted = new TreeMap<>();
        for (int i = 0; i < namesAndValues.length; i += 2) {
            sorted.put((String) namesAndValues[i], namesAndValues[i + 1]);
        }
        return sorted;
    }

    private static ONNXRef<?> flatten(ONNXContext context, ONNXRef<?> current, int i) {
        return context.operation(OnnxOp.FLATTEN, List.of(current), "flatten" + i, attributes("axis", 1));
    }

    private static ONNXInitializer tensor(ONNXContext context, String name, List<Integer> dims, float[] values) {
        return context.floatTensor(name, dims, buffer -> buffer.put(values));
    }

    private static OnnxMl.ValueInfoProto imageInput(OnnxMl.ValueInfoProto placeholder, InputShape shape) {
        OnnxMl.TensorShapeProto.Builder dims = OnnxMl.TensorShapeProto.newBuilder()
                .addDim(OnnxMl.TensorShapeProto.Dimension.newBuilder().setDimParam("batch"));
        for (int size : new int[]{shape.channels(), shape.height(), shape.width()}) {
            dims.addDim(OnnxMl.TensorShapeProto.Dimension.newBuilder().setDimValue(size));
        }
        OnnxMl.TypeProto type = OnnxMl.TypeProto.newBuilder().setTensorType(OnnxMl.TypeProto.Tensor.newBuilder()
                .setElemType(OnnxMl.TensorProto.DataType.FLOAT.getNumber()).setShape(dims)).build();
        return placeholder.toBuilder().setType(type).build();
    }

    /** All options are {@code opt*}: the defaults export a classifier. */
    public static final class Builder {
        private String inputName = "input";
        private String outputName = "logits";
        private boolean l2Normalize = false;
        private String graphName = "mll4j";

        private Builder() {
        }

        /** Name of the graph input (default {@code input}). */
        public Builder optInputName(String inputName) {
            this.inputName = Objects.requireNonNull(inputName, "inputName");
            return this;
        }

        /** Name of the graph output (default {@code logits}; towers use e.g. {@code embedding}). */
        public Builder optOutputName(String outputName) {
            this.outputName = Objects.requireNonNull(outputName, "outputName");
            return this;
        }

        /** End the graph with L2 normalisation of each output row (default off). */
        public Builder optL2Normalize(boolean l2Normalize) {
            this.l2Normalize = l2Normalize;
            return this;
        }

        /** Name of the ONNX graph (default {@code mll4j}). */
        public Builder optGraphName(String graphName) {
            this.graphName = Objects.requireNonNull(graphName, "graphName");
            return this;
        }

        public OnnxExporter build() {
            if (inputName.isBlank() || outputName.isBlank() || inputName.equals(outputName)) {
                throw new IllegalArgumentException("input and output names must be non-blank and differ, got '"
                        + inputName + "' and '" + outputName + "'");
            }
            return new OnnxExporter(this);
        }
    }
}
