package io.mll4j.training;

import ai.djl.ndarray.NDArray;
import ai.djl.ndarray.NDList;
import ai.djl.ndarray.NDManager;
import ai.djl.ndarray.types.DataType;
import ai.djl.ndarray.types.Shape;
import ai.djl.nn.AbstractBlock;
import ai.djl.nn.Parameter;
import ai.djl.nn.SequentialBlock;
import ai.djl.training.ParameterStore;
import ai.djl.training.initializer.ConstantInitializer;
import ai.djl.util.PairList;

/**
 * Training-time head of a contrastive image tower: inputs are images {@code [B, C, H, W]} and one frozen text
 * embedding per class {@code [K, D]}; the output is {@code scale * cos(tower(image), text)} as logits
 * {@code [B, K]}. The scale is {@code exp(logitScale)}, learnable (clipped at 100, as in CLIP) or fixed.
 */
final class ContrastiveBlock extends AbstractBlock {
    private static final float MAX_LOG_SCALE = (float) Math.log(100);
    private static final float NORM_EPSILON = 1e-12f;

    private final SequentialBlock tower;
    private final Parameter logitScale;
    private final float fixedScale;

    ContrastiveBlock(SequentialBlock tower, float initialTemperature, boolean learnable) {
        this.tower = addChildBlock("tower", tower);
        float logScale = (float) Math.log(1.0 / initialTemperature);
        this.fixedScale = 1f / initialTemperature;
        this.logitScale = learnable ? addParameter(Parameter.builder().setName("logitScale")
                .setType(Parameter.Type.OTHER).optShape(new Shape(1))
                .optInitializer(new ConstantInitializer(logScale)).build()) : null;
    }

    SequentialBlock tower() {
        return tower;
    }

    /** The current temperature, {@code 1 / scale}. */
    double temperature() {
        if (logitScale == null) {
            return 1.0 / fixedScale;
        }
        float log = Math.min(logitScale.getArray().getFloat(0), MAX_LOG_SCALE);
        return Math.exp(-log);
    }

    @Override
    protected NDList forwardInternal(ParameterStore store, NDList inputs, boolean training,
                                     PairList<String, Object> params) {
        NDArray images = inputs.get(0);
        NDArray texts = inputs.get(1);
        NDArray embedding = tower.forward(store, new NDList(images), training, params).singletonOrThrow();
        NDArray norm = embedding.square().sum(new int[]{1}, true).add(NORM_EPSILON).sqrt();
        NDArray cosine = embedding.div(norm).matMul(texts.transpose());
        if (logitScale == null) {
            return new NDList(cosine.mul(fixedScale));
        }
        NDArray scale = store.getValue(logitScale, images.getDevice(), training).clip(-MAX_LOG_SCALE, MAX_LOG_SCALE).exp();
        return new NDList(cosine.mul(scale));
    }

    @Override
    public Shape[] getOutputShapes(Shape[] inputShapes) {
        return new Shape[]{new Shape(inputShapes[0].get(0), inputShapes[1].get(0))};
    }

    @Override
    protected void initializeChildBlocks(NDManager manager, DataType dataType, Shape... inputShapes) {
        tower.initialize(manager, dataType, inputShapes[0]);
    }
}
