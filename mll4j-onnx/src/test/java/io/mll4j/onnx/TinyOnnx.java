package io.mll4j.onnx;

import ai.onnx.proto.OnnxMl;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Random;

/** Writes tiny real ONNX graphs for tests, straight from the OnnxMl protobuf classes. */
final class TinyOnnx {
    private static final int OPSET = 13;

    private TinyOnnx() {
    }

    /**
     * A linear classifier {@code [N, channels, size, size] -> Flatten -> MatMul -> Add -> [N, outputs]}; also an image
     * tower when {@code outputs} is read as the embedding dimension. Parameters: {@code c*s*s*outputs + outputs}.
     */
    static Path linear(Path file, int channels, int size, int outputs) throws IOException {
        int features = channels * size * size;
        OnnxMl.GraphProto graph = OnnxMl.GraphProto.newBuilder().setName("linear")
                .addInput(value("image", OnnxMl.TensorProto.DataType.FLOAT, "N", channels, size, size))
                .addOutput(value("logits", OnnxMl.TensorProto.DataType.FLOAT, "N", outputs))
                .addInitializer(weights("W", features, outputs))
                .addInitializer(weights("b", outputs))
                .addNode(node("Flatten", new String[]{"image"}, "flat").addAttribute(intAttribute("axis", 1)))
                .addNode(node("MatMul", new String[]{"flat", "W"}, "mm"))
                .addNode(node("Add", new String[]{"mm", "b"}, "logits"))
                .build();
        return write(file, graph);
    }

    /**
     * A text tower {@code input_ids [N, length] int64 -> Gather(E [vocab, dim]) -> ReduceMean over tokens -> [N, dim]}.
     * Parameters: {@code vocab*dim}.
     */
    static Path textTower(Path file, int vocab, int length, int dim) throws IOException {
        OnnxMl.GraphProto graph = OnnxMl.GraphProto.newBuilder().setName("text")
                .addInput(value("input_ids", OnnxMl.TensorProto.DataType.INT64, "N", length))
                .addOutput(value("text_embeds", OnnxMl.TensorProto.DataType.FLOAT, "N", dim))
                .addInitializer(weights("E", vocab, dim))
                .addNode(node("Gather", new String[]{"E", "input_ids"}, "tokens"))
                .addNode(node("ReduceMean", new String[]{"tokens"}, "text_embeds")
                        .addAttribute(OnnxMl.AttributeProto.newBuilder().setName("axes")
                                .setType(OnnxMl.AttributeProto.AttributeType.INTS).addInts(1))
                        .addAttribute(intAttribute("keepdims", 0)))
                .build();
        return write(file, graph);
    }

    private static Path write(Path file, OnnxMl.GraphProto graph) throws IOException {
        OnnxMl.ModelProto model = OnnxMl.ModelProto.newBuilder().setIrVersion(8).setProducerName("mll4j-test")
                .addOpsetImport(OnnxMl.OperatorSetIdProto.newBuilder().setDomain("").setVersion(OPSET))
                .setGraph(graph).build();
        Files.write(file, model.toByteArray());
        return file;
    }

    /** A tensor value; a String dimension is symbolic, an Integer fixed. */
    private static OnnxMl.ValueInfoProto value(String name, OnnxMl.TensorProto.DataType type, Object... dims) {
        OnnxMl.TensorShapeProto.Builder shape = OnnxMl.TensorShapeProto.newBuilder();
        for (Object d : dims) {
            shape.addDim(d instanceof String s ? OnnxMl.TensorShapeProto.Dimension.newBuilder().setDimParam(s)
                    : OnnxMl.TensorShapeProto.Dimension.newBuilder().setDimValue((Integer) d));
        }
        return OnnxMl.ValueInfoProto.newBuilder().setName(name).setType(OnnxMl.TypeProto.newBuilder()
                .setTensorType(OnnxMl.TypeProto.Tensor.newBuilder().setElemType(type.getNumber()).setShape(shape))).build();
    }

    private static OnnxMl.TensorProto weights(String name, int... dims) {
        OnnxMl.TensorProto.Builder t = OnnxMl.TensorProto.newBuilder().setName(name)
                .setDataType(OnnxMl.TensorProto.DataType.FLOAT.getNumber());
        long n = 1;
        for (int d : dims) {
            t.addDims(d);
            n *= d;
        }
        Random random = new Random(7);
        for (long i = 0; i < n; i++) {
            t.addFloatData((float) random.nextGaussian() * 0.01f);
        }
        return t.build();
    }

    private static OnnxMl.NodeProto.Builder node(String op, String[] inputs, String output) {
        OnnxMl.NodeProto.Builder n = OnnxMl.NodeProto.newBuilder().setOpType(op).setName(output + "_" + op).addOutput(output);
        for (String in : inputs) {
            n.addInput(in);
        }
        return n;
    }

    private static OnnxMl.AttributeProto intAttribute(String name, long value) {
        return OnnxMl.AttributeProto.newBuilder().setName(name).setType(OnnxMl.AttributeProto.AttributeType.INT)
                .setI(value).build();
    }
}
