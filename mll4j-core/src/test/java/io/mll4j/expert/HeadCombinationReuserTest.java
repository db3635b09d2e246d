package io.mll4j.expert;

import io.mll4j.model.ImageClassifier;
import io.mll4j.model.VisionLanguageModel;
import org.junit.jupiter.api.Test;

import java.awt.image.BufferedImage;
import java.util.List;
import java.util.Map;

import static io.mll4j.expert.FourExperts.E0;
import static io.mll4j.expert.FourExperts.E1;
import static io.mll4j.expert.FourExperts.HAND;
import static io.mll4j.expert.TinyHub.CAT;
import static io.mll4j.expert.TinyHub.DOG;
import static io.mll4j.expert.TinyHub.p;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

/**
 * The fused {e0, e1} of FourExperts. Rows: e0 [dog, cat] — dog (3/4, 1/4), cat (1/4, 3/4), car = bike (1/2, 1/2);
 * e1 [car, bike, other] — car (3/5, 1/5, 1/5), bike (1/5, 3/5, 1/5), dog = cat (2/7, 1/7, 4/7).
 */
class HeadCombinationReuserTest {
    private static final int RED = 0xFF0000;
    private static final int BLUE = 0x0000FF;

    /** A real classifier whose logits are ln p for a table of pixel colours, so its softmax is exactly p. */
    record TableClassifier(List<String> labels, Map<Integer, double[]> byColour) implements ImageClassifier {
        @Override
        public float[][] logits(List<BufferedImage> images) {
            return images.stream().map(img -> {
                double[] p = byColour.get(img.getRGB(0, 0) & 0xFFFFFF);
                float[] l = new float[p.length];
                for (int i = 0; i < p.length; i++) {
                    l[i] = (float) Math.log(p[i]);
                }
                return l;
            }).toArray(float[][]::new);
        }

        @Override
        public void close() {
        }
    }

    private static BufferedImage pixel(int rgb) {
        BufferedImage img = new BufferedImage(1, 1, BufferedImage.TYPE_INT_RGB);
        img.setRGB(0, 0, rgb);
        return img;
    }

    @Test
    void predict_e0SaysCatE1SaysOther_isCatWithHandComputedTerms() {
        HeadCombination fused = FourExperts.evaluator(HAND).combination(E0, E1);
        FusedPrediction f = fused.predict(List.of(p(.1, .7, .2), p(.2, .1, .7)));
        assertThat(f.predicted()).isEqualTo(1);
        assertThat(f.contributions()[0]).containsExactly(new double[]{Math.log(.25), Math.log(.75), Math.log(.5),
                Math.log(.5)}, within(1e-12));
        assertThat(f.contributions()[1]).containsExactly(new double[]{Math.log(4 / 7.0), Math.log(4 / 7.0),
                Math.log(.2), Math.log(.2)}, within(1e-12));
        // posterior of cat: (3/4 · 4/7) / (1/7 + 3/7 + 1/10 + 1/10) = 5/9
        assertThat(f.probabilities()[1]).isCloseTo(5 / 9.0, within(1e-12));
        // e0 pushed cat over dog by ln 3; e1 did not separate them
        assertThat(f.margin(0, 0)).isCloseTo(Math.log(3), within(1e-12));
        assertThat(f.margin(1, 0)).isCloseTo(0, within(1e-12));
    }

    @Test
    void predict_e0SaysPuppyE1SaysBike_isBike() {
        // puppy counts as dog: dog 3/4 · 1/7 = 3/28, cat 1/28, car 1/2 · 1/5 = 1/10, bike 1/2 · 3/5 = 3/10
        FusedPrediction f = FourExperts.evaluator(HAND).combination(E0, E1)
                .predict(List.of(p(.2, .1, .7), p(.1, .8, .1)));
        assertThat(f.predicted()).isEqualTo(3);
        assertThat(f.probabilities()[3]).isCloseTo(0.3 / (4 / 28.0 + 0.4), within(1e-12));
    }

    @Test
    void predict_runners_runEachHeadOnceAndMatchTheDirectFusion() {
        HeadCombination fused = FourExperts.evaluator(HAND).combination(E0, E1);
        TableClassifier e0 = new TableClassifier(List.of("dog", "cat", "puppy"),
                Map.of(RED, p(.1, .7, .2), BLUE, p(.2, .1, .7)));
        TableClassifier e1 = new TableClassifier(List.of("car", "bike", "vehicle"),
                Map.of(RED, p(.2, .1, .7), BLUE, p(.1, .8, .1)));
        HeadCombinationReuser reuser = HeadCombinationReuser.builder().setCombination(fused)
                .setRunners(List.of(HeadRunner.expert("e1", e1), HeadRunner.expert("e0", e0))).build();
        List<FusedPrediction> out = reuser.predict(List.of(pixel(RED), pixel(BLUE)));
        assertThat(out).extracting(FusedPrediction::predicted).containsExactly(1, 3);
        assertThat(out.get(0).probabilities()[1]).isCloseTo(5 / 9.0, within(1e-6));
    }

    @Test
    void build_classesNoHeadCovers_refusesNamingThem() {
        HeadCombination e1Only = FourExperts.evaluator(HAND).combination(E1);
        assertThat(e1Only.uncoveredClasses()).containsExactly(0, 1);
        TableClassifier e1 = new TableClassifier(List.of("car", "bike", "vehicle"), Map.of());
        assertThatThrownBy(() -> HeadCombinationReuser.builder().setCombination(e1Only)
                .setRunners(List.of(HeadRunner.expert("e1", e1))).build())
                .isInstanceOf(UncoveredClassException.class).hasMessageContaining("'dog', 'cat'");
        assertThat(HeadCombinationReuser.builder().setCombination(e1Only)
                .setRunners(List.of(HeadRunner.expert("e1", e1))).optAllowUncovered(true).build()).isNotNull();
    }

    @Test
    void build_missingRunner_namesTheHead() {
        HeadCombination fused = FourExperts.evaluator(HAND).combination(E0, E1);
        assertThatThrownBy(() -> HeadCombinationReuser.builder().setCombination(fused).setRunners(List.of()).build())
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("'e0'");
    }

    /**
     * VLM-only fusion (the alternative to entropy weighting). Task dog, cat; images d1 d2 c1 c2. Top classes:
     * v0 dog dog dog cat, v1 cat dog cat cat. Hard, λ 1: v0 dog (3/4, 1/4), cat (1/2, 1/2); v1 dog (1/2, 1/2),
     * cat (1/4, 3/4).
     */
    @Test
    void predict_twoVlmsOnly_fuseByTheirConfusions() {
        TaskClasses task = new TaskClasses(List.of("dog", "cat"), List.of(DOG, CAT));
        int[][] nodeImages = TinyHub.nodeImages(DOG, new int[]{0, 1}, CAT, new int[]{2, 3});
        List<TaskHead> vlms = List.of(
                TinyHub.vlm("v0", task, 5, p(.9, .1), p(.8, .2), p(.6, .4), p(.3, .7)),
                TinyHub.vlm("v1", task, 5, p(.4, .6), p(.7, .3), p(.2, .8), p(.1, .9)));
        CombinationEvaluator evaluator = new CombinationEvaluator(task,
                TaskEvidence.of(TinyHub.GRAPH, HAND.discount(TinyHub.GRAPH, nodeImages), task), vlms, HAND);
        HeadCombination fused = evaluator.combination(0, 1);
        // both say dog: dog 3/4 · 1/2 = 3/8, cat 1/2 · 1/4 = 1/8 → dog at .75
        FusedPrediction bothDog = fused.predict(List.of(p(.7, .3), p(.6, .4)));
        assertThat(bothDog.predicted()).isEqualTo(0);
        assertThat(bothDog.probabilities()[0]).isCloseTo(0.75, within(1e-12));
        // v0 dog, v1 cat: dog 3/4 · 1/2 = 3/8 = cat 1/2 · 3/4 → tie, the earlier class
        FusedPrediction split = fused.predict(List.of(p(.7, .3), p(.4, .6)));
        assertThat(split.probabilities()[0]).isCloseTo(0.5, within(1e-12));
        assertThat(split.predicted()).isEqualTo(0);
    }

    @Test
    void vlmRunner_zeroShotOnItsImageTower_isSoftmaxOfScaledCosines() {
        VlmZeroShot zeroShot = new VlmZeroShot(new float[][]{{1, 0}, {0, 1}}, 100);
        VisionLanguageModel model = new VisionLanguageModel() {
            @Override
            public int dimension() {
                return 2;
            }

            @Override
            public float[][] encodeImages(List<BufferedImage> images) {
                return images.stream().map(i -> new float[]{.6f, .8f}).toArray(float[][]::new);
            }

            @Override
            public float[][] encodeTexts(List<String> texts) {
                throw new UnsupportedOperationException("class texts are embedded beforehand");
            }

            @Override
            public void close() {
            }
        };
        double[] p = HeadRunner.vlm("v", model, zeroShot).probabilities(List.of(pixel(RED)))[0];
        // logits 100·.6 = 60 and 100·.8 = 80 (float .6f, .8f): p(cat) = 1 / (1 + e^-20)
        assertThat(p[1]).isCloseTo(1 / (1 + Math.exp(-20)), within(1e-6));
        assertThat(p[0] + p[1]).isCloseTo(1, within(1e-12));
    }
}
