package io.mll4j.training.onnx;

/**
 * Folds inference-mode batch normalisation into the conv or linear layer before it:
 * {@code s = gamma / sqrt(var + eps)}, {@code W' = W * s} per output channel, {@code b' = (b - mean) * s + beta}.
 *
 * @param weight folded weight, same layout as the input weight ({@code [out, ...]})
 * @param bias   folded bias {@code [out]}
 */
record BatchNormFolding(float[] weight, float[] bias) {

    static BatchNormFolding fold(float[] weight, float[] bias, float[] gamma, float[] beta, float[] mean,
                                 float[] variance, float epsilon) {
        int out = bias.length;
        int perOutput = weight.length / out;
        float[] w = new float[weight.length];
        float[] b = new float[out];
        for (int o = 0; o < out; o++) {
            double scale = gamma[o] / Math.sqrt((double) variance[o] + epsilon);
            for (int j = 0; j < perOutput; j++) {
                w[o * perOutput + j] = (float) (weight[o * perOutput + j] * scale);
            }
            b[o] = (float) ((bias[o] - (double) mean[o]) * scale + beta[o]);
        }
        return new BatchNormFolding(w, b);
    }
}
