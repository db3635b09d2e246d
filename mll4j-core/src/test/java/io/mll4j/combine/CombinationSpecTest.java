package io.mll4j.combine;

import io.mll4j.data.ImageDataset;
import io.mll4j.expert.CombinationEvaluator;
import io.mll4j.expert.FourExperts;
import io.mll4j.expert.FusedPrediction;
import io.mll4j.expert.HeadCombination;
import io.mll4j.expert.TaskClasses;
import io.mll4j.expert.TaskHead;
import io.mll4j.reuse.Prompt;
import io.mll4j.util.Json;
import org.junit.jupiter.api.Test;

import java.awt.image.BufferedImage;
import java.util.List;
import java.util.Map;
import java.util.Set;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

/** A combination written as data predicts as the estimated one; measurements count as the estimate does. */
class CombinationSpecTest {

    @Test
    void toCombination_afterJsonRoundTrip_predictsEveryImageAsTheEstimatedCombination() throws Exception {
        CombinationEvaluator evaluator = FourExperts.evaluator(FourExperts.HAND);
        HeadCombination original = evaluator.combination(FourExperts.E0, FourExperts.E1, FourExperts.V1);
        CombinationSpec spec = CombinationSpec.of(original, FourExperts.HAND.rule(), Prompt.PHOTO, Set.of("v1"));
        assertThat(spec.heads()).extracting(CombinationSpec.Head::kind).containsExactly(CombinationSpec.Kind.EXPERT,
                CombinationSpec.Kind.EXPERT, CombinationSpec.Kind.VLM);

        CombinationSpec read = Json.mapper().readValue(Json.write(spec), CombinationSpec.class);
        HeadCombination restored = read.toCombination();
        assertThat(restored.ids()).containsExactly("e0", "e1", "v1");
        assertThat(restored.uncoveredClasses()).isEmpty();
        List<TaskHead> heads = FourExperts.heads();
        for (int image = 0; image < 9; image++) {
            int i = image;
            List<double[]> outputs = List.of(FourExperts.E0, FourExperts.E1, FourExperts.V1).stream()
                    .map(h -> heads.get(h).nodeImageOutputs().apply(i)).toList();
            FusedPrediction a = original.predict(outputs);
            FusedPrediction b = restored.predict(outputs);
            assertThat(b.predicted()).isEqualTo(a.predicted());
            assertThat(b.scores()).containsExactly(a.scores(), within(1e-12));
        }
    }

    @Test
    void of_hitsAndTotals_macroMeanSkipsClassesWithoutImagesAndPlusAddsCounts() {
        // class 0: 3/4, class 1: 1/2, class 2: no images → macro (.75 + .5) / 2 = .625, micro 4/6
        TestSetMeasurement m = TestSetMeasurement.of("hand", new int[]{3, 1, 0}, new int[]{4, 2, 0});
        assertThat(m.accuracy()).isCloseTo(0.625, within(1e-12));
        assertThat(m.micro()).isCloseTo(4.0 / 6, within(1e-12));
        assertThat(m.images()).isEqualTo(6);
        assertThat(m.perClassOrNull()).containsExactly(0.75, 0.5, null);
        // a second data set adds its counts: class 2 now 1/2, class 0 (3+0)/(4+2) = .5
        TestSetMeasurement both = m.plus(TestSetMeasurement.of("more", new int[]{0, 0, 1}, new int[]{2, 0, 2}));
        assertThat(both.perClassOrNull()).containsExactly(0.5, 0.5, 0.5);
        assertThat(both.images()).isEqualTo(10);
        assertThat(both.source()).isEqualTo("hand; more");
    }

    @Test
    void classMap_dataSetClasses_meetTaskClassesBySynsetThenByName() {
        TaskClasses task = new TaskClasses(List.of("car", "Sneaker", "frog"),
                List.of("n02958343", "n03472535", "n01639765"));
        ImageDataset data = dataset(List.of("automobile", "sneaker", "ship"), List.of("Automobile", "Sneaker", "Ship"));
        // automobile by synset (the task says "car"), sneaker by name (no synset given), ship matches nothing
        int[] map = TestSetMeasurement.classMap(task, data, Map.of("automobile", "n02958343", "ship", "n04194289"));
        assertThat(map).containsExactly(0, 1, -1);
    }

    private static ImageDataset dataset(List<String> ids, List<String> names) {
        return new ImageDataset() {
            @Override
            public String name() {
                return "hand/test";
            }

            @Override
            public List<String> classIds() {
                return ids;
            }

            @Override
            public List<String> classNames() {
                return names;
            }

            @Override
            public int size() {
                return 0;
            }

            @Override
            public String id(int index) {
                throw new IndexOutOfBoundsException(index);
            }

            @Override
            public int label(int index) {
                throw new IndexOutOfBoundsException(index);
            }

            @Override
            public BufferedImage image(int index) {
                throw new IndexOutOfBoundsException(index);
            }
        };
    }
}
