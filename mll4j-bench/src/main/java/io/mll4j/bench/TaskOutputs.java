package io.mll4j.bench;

import io.mll4j.reuse.EntropyWeightedEnsemble;

import java.util.List;

/**
 * The cached outputs of a task's candidate models, turned into what methods combine: for each model and scored image,
 * p_m(y|x) over the task's classes (method.md §5), and the true class of each image (only upper-bound methods and the
 * scoring may look at it).
 *
 * @param classes       task classes, in order
 * @param labels        per image, its true class index
 * @param models        model ids, in hub order
 * @param probabilities {@code [model][image][class]}
 */
public record TaskOutputs(List<String> classes, int[] labels, List<String> models, double[][][] probabilities) {
    public TaskOutputs {
        classes = List.copyOf(classes);
        models = List.copyOf(models);
        if (probabilities.length != models.size()) {
            throw new IllegalArgumentException(models.size() + " models but " + probabilities.length + " outputs");
        }
        for (double[][] p : probabilities) {
            if (p.length != labels.length) {
                throw new IllegalArgumentException(labels.length + " images but outputs for " + p.length);
            }
        }
    }

    /**
     * Zero-shot probabilities of a VLM: softmax over the classes of 100·cos(image, class text).
     *
     * @param imageEmbeddings L2-normalised, {@code [images][d]}
     * @param classTexts      L2-normalised class text embeddings, {@code [classes][d]}
     * @return {@code [images][classes]}
     */
    public static double[][] zeroShot(float[][] imageEmbeddings, float[][] classTexts) {
        double[][] out = new double[imageEmbeddings.length][];
        for (int i = 0; i < out.length; i++) {
            double[] logits = new double[classTexts.length];
            for (int y = 0; y < logits.length; y++) {
                double dot = 0;
                for (int d = 0; d < classTexts[y].length; d++) {
                    dot += (double) imageEmbeddings[i][d] * classTexts[y][d];
                }
                logits[y] = 100 * dot;
            }
            out[i] = EntropyWeightedEnsemble.softmax(logits);
        }
        return out;
    }

    public int images() {
        return labels.length;
    }

    public int classCount() {
        return classes.size();
    }

    /** Position of a model, or an error naming it. */
    public int indexOf(String model) {
        int m = models.indexOf(model);
        if (m < 0) {
            throw new IllegalArgumentException("No outputs for model '" + model + "'; have " + models);
        }
        return m;
    }

    /** Top-1 accuracy of one model alone. */
    public double accuracy(int model) {
        int correct = 0;
        for (int i = 0; i < labels.length; i++) {
            correct += EntropyWeightedEnsemble.argmax(probabilities[model][i]) == labels[i] ? 1 : 0;
        }
        return labels.length == 0 ? 0 : (double) correct / labels.length;
    }

    /** One model's F1 on class {@code y} (its top-1 predictions against the true labels). */
    public double f1(int model, int y) {
        int tp = 0;
        int fp = 0;
        int fn = 0;
        for (int i = 0; i < labels.length; i++) {
            boolean predicted = EntropyWeightedEnsemble.argmax(probabilities[model][i]) == y;
            boolean actual = labels[i] == y;
            tp += predicted && actual ? 1 : 0;
            fp += predicted && !actual ? 1 : 0;
            fn += !predicted && actual ? 1 : 0;
        }
        return tp == 0 ? 0 : 2.0 * tp / (2.0 * tp + fp + fn);
    }
}
