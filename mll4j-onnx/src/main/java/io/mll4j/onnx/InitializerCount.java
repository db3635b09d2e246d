package io.mll4j.onnx;

import ai.onnx.proto.OnnxMl;
import com.google.protobuf.CodedInputStream;
import io.mll4j.exception.ModelLoadException;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Set;

/**
 * Counts a model's parameters from its ONNX proto: elements of every initializer, sparse initializer and
 * {@code Constant} node tensor, subgraphs included. Integer shape/index tensors (INT64), strings and booleans
 * are not weights and are skipped; INT8/INT32 tensors are kept because quantised models store weights in them.
 */
final class InitializerCount {
    private static final Set<OnnxMl.TensorProto.DataType> NOT_WEIGHTS = Set.of(
            OnnxMl.TensorProto.DataType.INT64, OnnxMl.TensorProto.DataType.STRING, OnnxMl.TensorProto.DataType.BOOL);

    private InitializerCount() {
    }

    static long of(Path onnxFile) {
        try (InputStream in = Files.newInputStream(onnxFile)) {
            CodedInputStream coded = CodedInputStream.newInstance(in);
            coded.setSizeLimit(Integer.MAX_VALUE); // protobuf's own ceiling; ONNX files above 2 GB use external data
            return count(OnnxMl.ModelProto.parseFrom(coded).getGraph());
        } catch (IOException e) {
            throw new ModelLoadException("Cannot read the ONNX graph of " + onnxFile.getFileName() + ": " + e.getMessage(), e);
        }
    }

    private static long count(OnnxMl.GraphProto graph) {
        long n = 0;
        for (OnnxMl.TensorProto t : graph.getInitializerList()) {
            n += elements(t);
        }
        for (OnnxMl.SparseTensorProto s : graph.getSparseInitializerList()) {
            n += elements(s.getValues());
        }
        for (OnnxMl.NodeProto node : graph.getNodeList()) {
            for (OnnxMl.AttributeProto a : node.getAttributeList()) {
                if (node.getOpType().equals("Constant") && a.hasT()) {
                    n += elements(a.getT());
                }
                if (a.hasG()) {
                    n += count(a.getG());
                }
                for (OnnxMl.GraphProto g : a.getGraphsList()) {
                    n += count(g);
                }
            }
        }
        return n;
    }

    private static long elements(OnnxMl.TensorProto t) {
        if (NOT_WEIGHTS.contains(OnnxMl.TensorProto.DataType.forNumber(t.getDataType()))) {
            return 0;
        }
        long n = 1;
        for (long d : t.getDimsList()) {
            n *= d;
        }
        return n;
    }
}
