package io.mll4j.bench;

import java.util.List;
import java.util.Map;

/**
 * Three models on a three-class task of six images (two per class, labels 0 0 1 1 2 2), with outputs chosen so
 * every method's answer can be worked out by hand:
 * <ul>
 *   <li>{@code a}: right on every image, unsure (0.5 on the truth): accuracy 1;</li>
 *   <li>{@code b}: says class 0 for every image, sure (0.9): accuracy 1/3; F1 on class 0 = 2·2/(2·2+4) = 1/2;</li>
 *   <li>{@code c}: right on class 1 and 2, says 1 on class-0 images (0.8): accuracy 2/3.</li>
 * </ul>
 */
public final class Fixtures {
    public static final List<String> CLASSES = List.of("cat", "dog", "owl");
    public static final int[] LABELS = {0, 0, 1, 1, 2, 2};

    private Fixtures() {
    }

    public static double[][] rows(double[]... rows) {
        return rows;
    }

    public static TaskOutputs outputs() {
        double[][] a = rows(p(0.5, 0.3, 0.2), p(0.5, 0.2, 0.3), p(0.3, 0.5, 0.2), p(0.2, 0.5, 0.3),
                p(0.2, 0.3, 0.5), p(0.3, 0.2, 0.5));
        double[][] b = rows(p(0.9, 0.05, 0.05), p(0.9, 0.05, 0.05), p(0.9, 0.05, 0.05), p(0.9, 0.05, 0.05),
                p(0.9, 0.05, 0.05), p(0.9, 0.05, 0.05));
        double[][] c = rows(p(0.1, 0.8, 0.1), p(0.1, 0.8, 0.1), p(0.1, 0.8, 0.1), p(0.1, 0.8, 0.1),
                p(0.1, 0.1, 0.8), p(0.1, 0.1, 0.8));
        return new TaskOutputs(CLASSES, LABELS, List.of("a", "b", "c"), new double[][][]{a, b, c});
    }

    public static List<ModelInfo> vlms(Double ga, Double gb, Double gc) {
        return List.of(FixedContext.vlm("a", ga, 1.0), FixedContext.vlm("b", gb, 2.0), FixedContext.vlm("c", gc, 4.0));
    }

    public static FixedContext context(String task, Double ga, Double gb, Double gc) {
        return new FixedContext(task, vlms(ga, gb, gc), outputs(), Map.of());
    }

    private static double[] p(double... v) {
        return v;
    }
}
