package io.mll4j.bench.method;

import io.mll4j.bench.ClassDescription;
import io.mll4j.reuse.Prompt;

import java.util.ArrayList;
import java.util.List;
import java.util.function.Function;

/**
 * LOVM's text-only features of a (model, task) pair (Zohar et al., NeurIPS 2023), as paper B's ModelGPT baseline uses
 * them, computed with the model's own text tower only: no image is seen.
 * <ul>
 *   <li>{@code textAcc1}, {@code textF1}: a proxy text data set (captions per class) classified against the class
 *       prompts; accuracy and macro F1. LOVM's captions come from an LLM; here they are templated from the class name,
 *       its WordNet synonyms, gloss and hypernym ({@link #captions}).</li>
 *   <li>{@code intraSimilarity}: mean pairwise cosine of a class's captions (class dispersion), averaged.</li>
 *   <li>{@code interIntra}: mean over classes of the cosine to the nearest other class prompt, over
 *       {@code intraSimilarity} (how close classes are relative to how tight they are).</li>
 *   <li>{@code superclass}: mean cosine between a class prompt and its hypernym's prompt.</li>
 *   <li>{@code generalScore}: the hub's general score (ImageNet accuracy in LOVM).</li>
 * </ul>
 */
public record TextFeatures(double textAcc1, double textF1, double intraSimilarity, double interIntra,
                           double superclass, double generalScore) {

    /** Feature names, in {@link #vector()} order. */
    public static final List<String> NAMES = List.of("textAcc1", "textF1", "intraSimilarity", "interIntra",
            "superclass", "generalScore");

    private static final List<String> TEMPLATES = List.of("a blurry photo of a %s.", "a black and white photo of a %s.",
            "a low resolution photo of a %s.", "a drawing of a %s.", "a close-up photo of the %s.",
            "a cropped photo of a %s.");
    private static final int MAX_SYNONYMS = 3;

    public double[] vector() {
        return new double[]{textAcc1, textF1, intraSimilarity, interIntra, superclass, generalScore};
    }

    /** The proxy captions of a class: templates, its gloss, up to three synonyms and its hypernym. */
    public static List<String> captions(ClassDescription d) {
        String c = d.className();
        List<String> out = new ArrayList<>();
        TEMPLATES.forEach(t -> out.add(String.format(t, c)));
        if (d.gloss() != null) {
            out.add(c + ": " + d.gloss());
        }
        d.synonyms().stream().filter(s -> !s.equalsIgnoreCase(c)).limit(MAX_SYNONYMS)
                .forEach(s -> out.add("a photo of a " + s + "."));
        if (d.superclass() != null) {
            out.add("a photo of a " + c + ", a kind of " + d.superclass() + ".");
        }
        return out;
    }

    /**
     * Features of one model on one task.
     *
     * @param classes      the task's classes, described
     * @param encoder      the model's text tower (L2-normalised embeddings)
     * @param prompt       how class prompts are written
     * @param generalScore the model's general score (0 when none)
     * @return the features
     */
    public static TextFeatures compute(List<ClassDescription> classes, Function<List<String>, float[][]> encoder,
                                       Prompt prompt, double generalScore) {
        int n = classes.size();
        float[][] prompts = encoder.apply(classes.stream().map(d -> prompt.of(d.className())).toList());
        int[] tp = new int[n];
        int[] fp = new int[n];
        int[] fn = new int[n];
        int correct = 0;
        int total = 0;
        double intra = 0;
        for (int y = 0; y < n; y++) {
            float[][] caps = encoder.apply(captions(classes.get(y)));
            for (float[] cap : caps) {
                int predicted = nearest(cap, prompts, -1);
                total++;
                if (predicted == y) {
                    correct++;
                    tp[y]++;
                } else {
                    fp[predicted]++;
                    fn[y]++;
                }
            }
            intra += meanPairwise(caps);
        }
        intra /= n;
        double f1 = 0;
        for (int y = 0; y < n; y++) {
            f1 += tp[y] == 0 ? 0 : 2.0 * tp[y] / (2.0 * tp[y] + fp[y] + fn[y]);
        }
        double inter = 0;
        for (int y = 0; y < n; y++) {
            int other = nearest(prompts[y], prompts, y);
            inter += other < 0 ? 0 : cos(prompts[y], prompts[other]);
        }
        inter /= n;
        List<String> superTexts = new ArrayList<>();
        List<Integer> withSuper = new ArrayList<>();
        for (int y = 0; y < n; y++) {
            if (classes.get(y).superclass() != null) {
                superTexts.add(prompt.of(classes.get(y).superclass()));
                withSuper.add(y);
            }
        }
        double superclass = 0;
        if (!superTexts.isEmpty()) {
            float[][] supers = encoder.apply(superTexts);
            for (int j = 0; j < supers.length; j++) {
                superclass += cos(prompts[withSuper.get(j)], supers[j]);
            }
            superclass /= supers.length;
        }
        return new TextFeatures((double) correct / total, f1 / n, intra, intra == 0 ? 0 : inter / intra, superclass,
                generalScore);
    }

    private static int nearest(float[] v, float[][] candidates, int skip) {
        int best = -1;
        double bestSim = Double.NEGATIVE_INFINITY;
        for (int j = 0; j < candidates.length; j++) {
            double s = j == skip ? Double.NEGATIVE_INFINITY : cos(v, candidates[j]);
            if (j != skip && s > bestSim) {
                best = j;
                bestSim = s;
            }
        }
        return best;
    }

    private static double meanPairwise(float[][] rows) {
        double sum = 0;
        int pairs = 0;
        for (int a = 0; a < rows.length; a++) {
            for (int b = a + 1; b < rows.length; b++) {
                sum += cos(rows[a], rows[b]);
                pairs++;
            }
        }
        return pairs == 0 ? 1 : sum / pairs;
    }

    private static double cos(float[] a, float[] b) {
        double dot = 0;
        for (int i = 0; i < a.length; i++) {
            dot += (double) a[i] * b[i];
        }
        return dot; // both sides are L2-normalised
    }
}
