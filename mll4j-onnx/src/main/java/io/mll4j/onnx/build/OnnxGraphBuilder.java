package io.mll4j.onnx.build;

import ai.onnx.proto.OnnxMl.AttributeProto;
import ai.onnx.proto.OnnxMl.GraphProto;
import ai.onnx.proto.OnnxMl.ModelProto;
import ai.onnx.proto.OnnxMl.NodeProto;
import ai.onnx.proto.OnnxMl.OperatorSetIdProto;
import ai.onnx.proto.OnnxMl.TensorProto;
import ai.onnx.proto.OnnxMl.TensorShapeProto;
import ai.onnx.proto.OnnxMl.TypeProto;
import ai.onnx.proto.OnnxMl.ValueInfoProto;
import com.google.protobuf.ByteString;
import io.mll4j.util.AtomicFiles;

import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.nio.file.Path;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Fluent builder of small ONNX graphs (tests, and models trained in Java), on the ONNX protobuf classes shipped
 * by {@code org.tribuo:tribuo-util-onnx}. A dimension of {@code -1} is symbolic: {@code "N"} for the first
 * (batch) axis, {@code "d<i>"} otherwise. Tensor values are plain names; {@link #node} adds any operator and
 * the shortcuts below cover the common ones at {@link #OPSET}.
 * <pre>{@code
 * byte[] model = OnnxGraphBuilder.create("linear")
 *     .input("x", ElementType.FLOAT, -1, 4)
 *     .initializer("w", weights, 4, 3).initializer("b", bias, 3)
 *     .gemm("x", "w", "b", "logits")
 *     .output("logits", ElementType.FLOAT, -1, 3)
 *     .toBytes();
 * }</pre>
 */
public final class OnnxGraphBuilder {
    /** Default-domain opset written into models (ONNX Runtime 1.29 loads opsets up to 26 and IR versions up to 13). */
    public static final int OPSET = 17;
    /** IR version matching {@link #OPSET} (ONNX 1.12). */
    public static final int IR_VERSION = 8;

    /** Element types of inputs, outputs and initializers. */
    public enum ElementType {
        FLOAT(TensorProto.DataType.FLOAT), INT32(TensorProto.DataType.INT32), INT64(TensorProto.DataType.INT64);

        final TensorProto.DataType proto;

        ElementType(TensorProto.DataType proto) {
            this.proto = proto;
        }
    }

    private final GraphProto.Builder graph = GraphProto.newBuilder();
    private final Set<String> names = new HashSet<>();
    private String producer = "mll4j";

    private OnnxGraphBuilder(String name) {
        graph.setName(name);
    }

    /** @param graphName name stored in the graph */
    public static OnnxGraphBuilder create(String graphName) {
        return new OnnxGraphBuilder(graphName);
    }

    /** Producer name stored in the model (default {@code mll4j}). */
    public OnnxGraphBuilder optProducer(String name) {
        this.producer = name;
        return this;
    }

    public OnnxGraphBuilder input(String name, ElementType type, long... shape) {
        graph.addInput(valueInfo(claim(name), type, shape));
        return this;
    }

    public OnnxGraphBuilder output(String name, ElementType type, long... shape) {
        graph.addOutput(valueInfo(name, type, shape));
        return this;
    }

    /** A float constant (weights); {@code values.length} must equal the product of {@code shape}. */
    public OnnxGraphBuilder initializer(String name, float[] values, long... shape) {
        checkCount(name, values.length, shape);
        ByteBuffer bytes = ByteBuffer.allocate(values.length * Float.BYTES).order(ByteOrder.LITTLE_ENDIAN);
        bytes.asFloatBuffer().put(values);
        graph.addInitializer(tensor(claim(name), ElementType.FLOAT, shape, bytes));
        return this;
    }

    /** An int64 constant (axes, shapes, indices). */
    public OnnxGraphBuilder initializer(String name, long[] values, long... shape) {
        checkCount(name, values.length, shape);
        ByteBuffer bytes = ByteBuffer.allocate(values.length * Long.BYTES).order(ByteOrder.LITTLE_ENDIAN);
        bytes.asLongBuffer().put(values);
        graph.addInitializer(tensor(claim(name), ElementType.INT64, shape, bytes));
        return this;
    }

    /**
     * Any operator of the default domain.
     *
     * @param attributes values: Integer/Long (INT), Float/Double (FLOAT), String, int[]/long[] (INTS), float[]
     */
    public OnnxGraphBuilder node(String opType, List<String> inputs, List<String> outputs,
                                 Map<String, Object> attributes) {
        NodeProto.Builder node = NodeProto.newBuilder().setOpType(opType)
                .setName(opType + "_" + graph.getNodeCount()).addAllInput(inputs);
        for (String out : outputs) {
            node.addOutput(claim(out));
        }
        attributes.forEach((key, value) -> node.addAttribute(attribute(key, value)));
        graph.addNode(node);
        return this;
    }

    public OnnxGraphBuilder node(String opType, List<String> inputs, String output) {
        return node(opType, inputs, List.of(output), Map.of());
    }

    /** {@code out = a · b + c} with {@code b} of shape {@code [in, out]}. */
    public OnnxGraphBuilder gemm(String a, String b, String c, String out) {
        return node("Gemm", List.of(a, b, c), out);
    }

    public OnnxGraphBuilder matMul(String a, String b, String out) {
        return node("MatMul", List.of(a, b), out);
    }

    public OnnxGraphBuilder add(String a, String b, String out) {
        return node("Add", List.of(a, b), out);
    }

    public OnnxGraphBuilder relu(String x, String out) {
        return node("Relu", List.of(x), out);
    }

    /** Reshapes to 2-D: dims before {@code axis} become rows. */
    public OnnxGraphBuilder flatten(String x, int axis, String out) {
        return node("Flatten", List.of(x), List.of(out), Map.of("axis", axis));
    }

    /** 2-D convolution, NCHW, weights {@code [outC, inC, kh, kw]}, symmetric padding. */
    public OnnxGraphBuilder conv(String x, String w, String b, String out, int kernel, int stride, int pad) {
        return node("Conv", List.of(x, w, b), List.of(out), Map.of("kernel_shape", new long[]{kernel, kernel},
                "strides", new long[]{stride, stride}, "pads", new long[]{pad, pad, pad, pad}));
    }

    public OnnxGraphBuilder maxPool(String x, String out, int kernel, int stride) {
        return node("MaxPool", List.of(x), List.of(out), Map.of("kernel_shape", new long[]{kernel, kernel},
                "strides", new long[]{stride, stride}));
    }

    /** Rows of {@code data} picked by integer {@code indices} (embedding lookup when {@code axis = 0}). */
    public OnnxGraphBuilder gather(String data, String indices, int axis, String out) {
        return node("Gather", List.of(data, indices), List.of(out), Map.of("axis", axis));
    }

    /** Mean over {@code axes} (attribute form, opset ≤ 17). */
    public OnnxGraphBuilder reduceMean(String x, long[] axes, boolean keepDims, String out) {
        return node("ReduceMean", List.of(x), List.of(out), Map.of("axes", axes, "keepdims", keepDims ? 1 : 0));
    }

    /** Index of the maximum along {@code axis} (int64); CLIP pools text at the argmax of the token ids. */
    public OnnxGraphBuilder argMax(String x, int axis, boolean keepDims, String out) {
        return node("ArgMax", List.of(x), List.of(out), Map.of("axis", axis, "keepdims", keepDims ? 1 : 0));
    }

    public OnnxGraphBuilder cast(String x, ElementType to, String out) {
        return node("Cast", List.of(x), List.of(out), Map.of("to", to.proto.getNumber()));
    }

    public OnnxGraphBuilder softmax(String x, int axis, String out) {
        return node("Softmax", List.of(x), List.of(out), Map.of("axis", axis));
    }

    /** The model, checked for dangling inputs of nodes and outputs. */
    public ModelProto build() {
        Set<String> known = new HashSet<>();
        graph.getInputList().forEach(v -> known.add(v.getName()));
        graph.getInitializerList().forEach(t -> known.add(t.getName()));
        for (NodeProto node : graph.getNodeList()) {
            for (String in : node.getInputList()) {
                if (!in.isEmpty() && !known.contains(in)) {
                    throw new IllegalStateException("node " + node.getName() + " reads '" + in
                            + "', which no input, initializer or earlier node defines");
                }
            }
            known.addAll(node.getOutputList());
        }
        for (ValueInfoProto out : graph.getOutputList()) {
            if (!known.contains(out.getName())) {
                throw new IllegalStateException("graph output '" + out.getName() + "' is never computed");
            }
        }
        return ModelProto.newBuilder().setIrVersion(IR_VERSION).setProducerName(producer)
                .addOpsetImport(OperatorSetIdProto.newBuilder().setDomain("").setVersion(OPSET))
                .setGraph(graph.build()).build();
    }

    public byte[] toBytes() {
        return build().toByteArray();
    }

    /** Writes the model atomically (temporary sibling, then rename). */
    public void write(Path file) {
        AtomicFiles.write(file, toBytes());
    }

    private String claim(String name) {
        if (name == null || name.isEmpty()) {
            throw new IllegalArgumentException("tensor names must be non-empty");
        }
        if (!names.add(name)) {
            throw new IllegalArgumentException("tensor '" + name + "' is defined twice");
        }
        return name;
    }

    private static void checkCount(String name, int count, long[] shape) {
        long expected = 1;
        for (long d : shape) {
            expected *= d;
        }
        if (expected != count) {
            throw new IllegalArgumentException("initializer '" + name + "' has " + count + " values but shape "
                    + java.util.Arrays.toString(shape) + " needs " + expected);
        }
    }

    private static TensorProto tensor(String name, ElementType type, long[] shape, ByteBuffer littleEndian) {
        TensorProto.Builder t = TensorProto.newBuilder().setName(name).setDataType(type.proto.getNumber());
        for (long d : shape) {
            t.addDims(d);
        }
        return t.setRawData(ByteString.copyFrom(littleEndian.array())).build();
    }

    private static ValueInfoProto valueInfo(String name, ElementType type, long[] shape) {
        TensorShapeProto.Builder dims = TensorShapeProto.newBuilder();
        for (int i = 0; i < shape.length; i++) {
            TensorShapeProto.Dimension.Builder d = TensorShapeProto.Dimension.newBuilder();
            if (shape[i] < 0) {
                d.setDimParam(i == 0 ? "N" : "d" + i);
            } else {
                d.setDimValue(shape[i]);
            }
            dims.addDim(d);
        }
        TypeProto.Tensor tensor = TypeProto.Tensor.newBuilder().setElemType(type.proto.getNumber()).setShape(dims)
                .build();
        return ValueInfoProto.newBuilder().setName(name).setType(TypeProto.newBuilder().setTensorType(tensor))
                .build();
    }

    private static AttributeProto attribute(String name, Object value) {
        AttributeProto.Builder a = AttributeProto.newBuilder().setName(name);
        switch (value) {
            case Integer i -> a.setType(AttributeProto.AttributeType.INT).setI(i);
            case Long l -> a.setType(AttributeProto.AttributeType.INT).setI(l);
            case Float f -> a.setType(AttributeProto.AttributeType.FLOAT).setF(f);
            case Double d -> a.setType(AttributeProto.AttributeType.FLOAT).setF(d.floatValue());
            case String s -> a.setType(AttributeProto.AttributeType.STRING).setS(ByteString.copyFromUtf8(s));
            case long[] ls -> {
                a.setType(AttributeProto.AttributeType.INTS);
                for (long l : ls) {
                    a.addInts(l);
                }
            }
            case int[] is -> {
                a.setType(AttributeProto.AttributeType.INTS);
                for (int i : is) {
                    a.addInts(i);
                }
            }
            case float[] fs -> {
                a.setType(AttributeProto.AttributeType.FLOATS);
                for (float f : fs) {
                    a.addFloats(f);
                }
            }
            default -> throw new IllegalArgumentException("attribute '" + name + "' has unsupported type "
                    + value.getClass().getSimpleName());
        }
        return a.build();
    }
}
