package io.mll4j.training.demo;

import io.mll4j.data.Split;
import io.mll4j.data.SplitPolicy;

import java.util.List;

/**
 * The general score of a hub model, the demo hub's analogue of "ImageNet accuracy" (the INB baseline's ranking):
 * the share of the REFERENCE images of all 30 classes of CIFAR-10, Fashion-MNIST and MNIST
 * ({@value SplitPolicy#REFERENCE_PER_CLASS} per class, 1,500 in all) that the model labels right in one 30-way
 * task. A VLM picks among the 30 prompts "a photo of a {class}."; an expert takes the arg-max of its own head, so
 * it is right only on images of classes it covers: its score is its accuracy on those classes times their share of
 * the 30. Both are "right answers per reference image", hence comparable; an expert is helped by choosing among
 * fewer labels, a VLM by covering every class.
 */
public final class GeneralScore {
    /** The data sets whose classes make up the reference task. */
    public static final List<String> DATASETS = List.of("cifar10", "fashion-mnist", "mnist");

    private GeneralScore() {
    }

    /** Every class of the reference task, data set by data set. */
    public static List<ClassRef> classes(ImageStore store) {
        return DATASETS.stream().flatMap(d -> store.classes(d).stream()).toList();
    }

    static double of(ClassPredictor predictor, ImageStore store) {
        List<ClassRef> classes = classes(store);
        ImageStore.Labelled reference = store.labelled(classes, Split.REFERENCE, 0);
        int[] picks = predictor.predict(reference.images(), classes);
        int correct = 0;
        for (int i = 0; i < picks.length; i++) {
            if (picks[i] == reference.labels()[i]) {
                correct++;
            }
        }
        return (double) correct / picks.length;
    }
}
