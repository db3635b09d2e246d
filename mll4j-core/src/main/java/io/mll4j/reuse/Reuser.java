package io.mll4j.reuse;

import io.mll4j.hub.HubEntry;
import io.mll4j.hub.ModelKind;
import io.mll4j.hub.ModelRun;
import io.mll4j.hub.ModelRunBuilder;
import io.mll4j.image.ImageSource;
import io.mll4j.model.VisionLanguageModel;

import java.awt.image.BufferedImage;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * Paper-B reuse (method.md §5) of a selection on unlabeled images. Each selected model runs once per image however
 * many classes chose it: p_m(y|x) = softmax over the task classes of 100·cos(I_m(x), T_m(prompt(y))), weight
 * 1/H₂, and only the models selected for y vote on y ({@link EntropyWeightedEnsemble}).
 * <p>Images are decoded once, in chunks; an image that cannot be decoded gets an {@link ImagePrediction#error()}
 * naming the file and the others are still predicted (a long batch is not lost to one bad file; callers decide
 * whether a failure fails the call: the CLI exits with 2).
 */
public final class Reuser {
    private final ModelRun run;
    private final Prompt prompt;

    private Reuser(ModelRun run, Prompt prompt) {
        this.run = run;
        this.prompt = prompt;
    }

    public static Builder builder() {
        return new Builder();
    }

    /**
     * Predicts a class for each image.
     *
     * @param selection class → selected model ids (the official selection), classes in task order
     * @param images    image files
     * @return one prediction per image, in input order
     * @throws IllegalArgumentException when a class has no model
     * @throws io.mll4j.exception.ModelNotFoundException when a selected model is not in the hub
     */
    public PredictionReport predict(Map<String, List<String>> selection, List<Path> images) {
        return predictSources(selection, images.stream().map(ImageSource::of).toList());
    }

    /**
     * Predicts a class for each image, as {@link #predict}, for images that are not files (uploads): each
     * prediction and error names the image by {@link ImageSource#name()}.
     */
    public PredictionReport predictSources(Map<String, List<String>> selection, List<ImageSource> images) {
        List<String> classes = List.copyOf(selection.keySet());
        List<String> models = List.copyOf(new LinkedHashSet<>(selection.values().stream().flatMap(List::stream)
                .toList()));
        int[][] voters = voters(selection, classes, models);
        List<VisionLanguageModel> vlms = new ArrayList<>();
        List<float[][]> classTexts = new ArrayList<>();
        List<String> prompts = classes.stream().map(prompt::of).toList();
        for (String id : models) {
            VisionLanguageModel vlm = run.opener().vlm(requireVlm(run.hub().get(id)));
            vlms.add(vlm);
            classTexts.add(vlm.encodeTexts(prompts));
        }
        List<ImagePrediction> out = ImageChunks.predict(images, run.batchSize(), run.progress(),
                pixels -> perImage(pixels, vlms, classTexts),
                (image, perModel) -> combine(image, perModel, classes, models, voters), ImagePrediction::failed);
        return new PredictionReport(classes, selection, prompt, out);
    }

    /** Each image's class probabilities by every model: {@code [image] → [model][class]}. */
    private static List<List<double[]>> perImage(List<BufferedImage> pixels, List<VisionLanguageModel> vlms,
                                                 List<float[][]> classTexts) {
        double[][][] p = new double[vlms.size()][][]; // [model][image][class]
        for (int m = 0; m < vlms.size(); m++) {
            p[m] = probabilities(vlms.get(m).encodeImages(pixels), classTexts.get(m));
        }
        List<List<double[]>> out = new ArrayList<>(pixels.size());
        for (int j = 0; j < pixels.size(); j++) {
            int image = j;
            out.add(Arrays.stream(p).map(rows -> rows[image]).toList());
        }
        return out;
    }

    private static ImagePrediction combine(String image, List<double[]> p, List<String> classes, List<String> models,
                                           int[][] voters) {
        double[] scores = EntropyWeightedEnsemble.scores(p, voters);
        int best = EntropyWeightedEnsemble.argmax(scores);
        List<ModelVote> votes = new ArrayList<>();
        for (int m = 0; m < models.size(); m++) {
            List<String> votesFor = new ArrayList<>();
            boolean forBest = false;
            for (int y = 0; y < voters.length; y++) {
                for (int v : voters[y]) {
                    if (v == m) {
                        votesFor.add(classes.get(y));
                        forBest |= y == best;
                    }
                }
            }
            double w = EntropyWeightedEnsemble.weight(p.get(m));
            votes.add(new ModelVote(models.get(m), votesFor, boxed(p.get(m)),
                    EntropyWeightedEnsemble.entropyBits(p.get(m)), w, forBest ? w * p.get(m)[best] : 0));
        }
        return new ImagePrediction(image, classes.get(best), boxed(scores), votes, null);
    }

    /** Softmax over classes of 100·cos (both sides are L2-normalised). */
    private static double[][] probabilities(float[][] imageEmbeddings, float[][] classEmbeddings) {
        double[][] out = new double[imageEmbeddings.length][];
        for (int i = 0; i < out.length; i++) {
            double[] logits = new double[classEmbeddings.length];
            for (int y = 0; y < logits.length; y++) {
                double dot = 0;
                for (int d = 0; d < classEmbeddings[y].length; d++) {
                    dot += (double) imageEmbeddings[i][d] * classEmbeddings[y][d];
                }
                logits[y] = 100 * dot;
            }
            out[i] = EntropyWeightedEnsemble.softmax(logits);
        }
        return out;
    }

    private static int[][] voters(Map<String, List<String>> selection, List<String> classes, List<String> models) {
        int[][] voters = new int[classes.size()][];
        for (int y = 0; y < classes.size(); y++) {
            List<String> chosen = selection.get(classes.get(y));
            if (chosen == null || chosen.isEmpty()) {
                throw new IllegalArgumentException("Class '" + classes.get(y) + "' has no selected model");
            }
            voters[y] = chosen.stream().distinct().mapToInt(models::indexOf).toArray();
        }
        return voters;
    }

    private static HubEntry requireVlm(HubEntry entry) {
        if (entry.manifest().kind() != ModelKind.VLM) {
            throw new IllegalArgumentException("Model '" + entry.id() + "' is an " + entry.manifest().kind()
                    + "; paper-B reuse runs VLMs zero-shot");
        }
        return entry;
    }

    private static List<Double> boxed(double[] values) {
        return Arrays.stream(values).boxed().toList();
    }

    /** {@code set*} required, {@code opt*} optional; the batch size is the images decoded and run per chunk. */
    public static final class Builder extends ModelRunBuilder<Builder> {
        private Prompt prompt = Prompt.PHOTO;

        private Builder() {
        }

        @Override
        protected Builder self() {
            return this;
        }

        /**
         * Class text at reuse (default {@link Prompt#PHOTO}, the paper's; the official code uses {@link Prompt#RAW}).
         */
        public Builder optPrompt(Prompt value) {
            this.prompt = Objects.requireNonNull(value, "prompt");
            return this;
        }

        public Reuser build() {
            return new Reuser(run(), prompt);
        }
    }
}
