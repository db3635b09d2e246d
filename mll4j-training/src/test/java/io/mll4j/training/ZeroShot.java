package io.mll4j.training;

/** Zero-shot classification with a tower: nearest class prototype (mean of its normalised texts) by cosine. */
final class ZeroShot {
    private ZeroShot() {
    }

    static double accuracy(float[][] embeddings, int[] labels, float[][] texts, int[] textClasses, int classes) {
        int dim = texts[0].length;
        double[][] prototypes = new double[classes][dim];
        for (int t = 0; t < texts.length; t++) {
            double[] unit = unit(texts[t]);
            for (int j = 0; j < dim; j++) {
                prototypes[textClasses[t]][j] += unit[j];
            }
        }
        int correct = 0;
        for (int i = 0; i < embeddings.length; i++) {
            double[] e = unit(embeddings[i]);
            int best = -1;
            double bestScore = Double.NEGATIVE_INFINITY;
            for (int k = 0; k < classes; k++) {
                double[] p = prototypes[k];
                double dot = 0;
                double norm = 0;
                for (int j = 0; j < dim; j++) {
                    dot += e[j] * p[j];
                    norm += p[j] * p[j];
                }
                double score = dot / Math.sqrt(norm);
                if (score > bestScore) {
                    bestScore = score;
                    best = k;
                }
            }
            if (best == labels[i]) {
                correct++;
            }
        }
        return (double) correct / embeddings.length;
    }

    private static double[] unit(float[] v) {
        double norm = 0;
        for (float x : v) {
            norm += x * x;
        }
        norm = Math.sqrt(norm);
        double[] u = new double[v.length];
        for (int j = 0; j < v.length; j++) {
            u[j] = v[j] / norm;
        }
        return u;
    }
}
