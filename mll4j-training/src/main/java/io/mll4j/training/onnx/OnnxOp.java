package io.mll4j.training.onnx;

import ai.onnx.proto.OnnxMl.AttributeProto.AttributeType;
import org.tribuo.util.onnx.ONNXAttribute;
import org.tribuo.util.onnx.ONNXOperator;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Set;

/** The ONNX operators (default domain, opset {@value #OPSET}) a spec network exports to. */
enum OnnxOp implements ONNXOperator {
    CONV("Conv", 2, 1, ints("kernel_shape"), ints("strides"), ints("pads")),
    RELU("Relu", 1, 0),
    MAX_POOL("MaxPool", 1, 0, ints("kernel_shape"), ints("strides")),
    AVERAGE_POOL("AveragePool", 1, 0, ints("kernel_shape"), ints("strides")),
    GLOBAL_AVERAGE_POOL("GlobalAveragePool", 1, 0),
    FLATTEN("Flatten", 1, 0, new ONNXAttribute("axis", AttributeType.INT, false)),
    GEMM("Gemm", 2, 1, new ONNXAttribute("transB", AttributeType.INT, false)),
    LP_NORMALIZATION("LpNormalization", 1, 0, new ONNXAttribute("axis", AttributeType.INT, false),
            new ONNXAttribute("p", AttributeType.INT, false));

    /** Opset of the default domain the exported models import. */
    static final int OPSET = 17;

    private final String opName;
    private final int inputs;
    private final int optionalInputs;
    private final Map<String, ONNXAttribute> attributes;

    OnnxOp(String opName, int inputs, int optionalInputs, ONNXAttribute... attributes) {
        this.opName = opName;
        this.inputs = inputs;
        this.optionalInputs = optionalInputs;
        Map<String, ONNXAttribute> map = new LinkedHashMap<>();
        for (ONNXAttribute a : attributes) {
            map.put(a.getName(), a);
        }
        this.attributes = Map.copyOf(map);
    }

    private static ONNXAttribute ints(String name) {
        return new ONNXAttribute(name, AttributeType.INTS, false);
    }

    @Override
    public String getOpName() {
        return opName;
    }

    @Override
    public int getNumInputs() {
        return inputs;
    }

    @Override
    public int getNumOptionalInputs() {
        return optionalInputs;
    }

    @Override
    public int getNumOutputs() {
        return 1;
    }

    @Override
    public Map<String, ONNXAttribute> getAttributes() {
        return attributes;
    }

    @Override
    public Set<String> getMandatoryAttributeNames() {
        return Set.of();
    }

    @Override
    public int getOpVersion() {
        return OPSET;
    }

    @Override
    public String getOpDomain() {
        return "";
    }
}
