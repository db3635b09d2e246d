package io.mll4j.expert;

import io.mll4j.select.ReuseScores;
import org.junit.jupiter.api.Test;

import java.util.ArrayList;
import java.util.List;

import static io.mll4j.expert.FourExperts.HAND;
import static io.mll4j.expert.FourExperts.V0;
import static io.mll4j.expert.FourExperts.V1;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

/**
 * Budget 1 picks e1 (car, bike); dog and cat are uncovered and go to the patch. Paper-B reuse scores of v0, v1
 * over [dog, cat, car, bike] are given by hand: v0 [.2, .9, .5, .5], v1 [.6, .7, .1, .1]; mean over the patch
 * classes dog, cat: v0 .55, v1 .65 → v1.
 */
class PatchTest {
    private static final int[] EXPERTS = {0, 1, 2, 3};
    private static final int[] VLMS = {V0, V1};
    private static final ReuseScores SCORES = new ReuseScores(new double[][]{{.2, .9, .5, .5}, {.6, .7, .1, .1}},
            new double[][]{{.2, .9, .5, .5}, {.6, .7, .1, .1}});

    private static HeadCombinationSelector.Builder selector() {
        return HeadCombinationSelector.builder().setEvaluator(FourExperts.evaluator(HAND)).setBudget(Budget.models(1))
                .optExperts(EXPERTS);
    }

    @Test
    void select_uncoveredClasses_goToTheVlmWithTheBestMeanReuseScore() {
        ExpertSelection s = selector().optPatchCandidates(VLMS, SCORES).build().select();
        assertThat(s.chco().ids()).containsExactly("e1");
        assertThat(s.patch().patchClasses()).containsExactly(0, 1);
        assertThat(s.patch().weakClasses()).isEmpty();
        assertThat(s.patch().vlmId()).isEqualTo("v1");
        assertThat(s.heads()).containsExactly(1, V1);
        assertThat(s.uncoveredClasses()).isEmpty();
        assertThat(s.requireComplete()).isSameAs(s);
        // v1 rows (hard, λ 1, 4 outcomes): dog (3,1,1,1)/6, cat (2,2,1,1)/6, car (1,1,2,2)/6, bike (1,1,1,3)/6.
        // With e1: c2 (e1 car 2/7, v1 dog 3/6 → dog 1/7 beats cat 2/7·2/6 and car 3/5·1/6) is the only miss.
        assertThat(s.estimate().perClass()).containsExactly(new double[]{1, .5, 1, 1}, within(1e-12));
        assertThat(s.estimate().accuracy()).isCloseTo(0.875, within(1e-12));
        assertThat(s.coverage().uncovered()).isEmpty();
    }

    @Test
    void select_noVlm_reportsDogAndCatUncoveredAndRefusesToGuess() {
        ExpertSelection s = selector().build().select();
        assertThat(s.patch().hasPatch()).isFalse();
        assertThat(s.uncoveredClasses()).containsExactly("dog", "cat");
        assertThatThrownBy(s::requireComplete).isInstanceOf(UncoveredClassException.class)
                .hasMessageContaining("'dog'").hasMessageContaining("'cat'")
                .satisfies(e -> assertThat(((UncoveredClassException) e).classNames()).containsExactly("dog", "cat"));
    }

    @Test
    void select_vlmWithoutEvidenceForCat_patchesDogOnlyAndNamesCat() {
        ReuseScores catless = new ReuseScores(new double[][]{{.6, 0, .5, .5}}, new double[][]{{.6, 0, .5, .5}});
        ExpertSelection s = selector().optPatchCandidates(new int[]{V1}, catless).build().select();
        assertThat(s.patch().vlmId()).isEqualTo("v1");
        assertThat(s.patch().uncovered()).containsExactly(1);
        assertThatThrownBy(s::requireComplete).isInstanceOf(UncoveredClassException.class)
                .hasMessageContaining("'cat'").hasMessageNotContaining("'dog'");
    }

    @Test
    void select_vlmWithNoEvidenceAtAll_isNotUsed() {
        ReuseScores empty = new ReuseScores(new double[][]{{0, 0, 0, 0}}, new double[][]{{0, 0, 0, 0}});
        ExpertSelection s = selector().optPatchCandidates(new int[]{V0}, empty).build().select();
        assertThat(s.patch().hasPatch()).isFalse();
        assertThat(s.heads()).containsExactly(1);
        assertThat(s.uncoveredClasses()).containsExactly("dog", "cat");
    }

    @Test
    void select_coveredClassBelowTau_isPatchedToo() {
        // budget 2 → {e0, e1} with cat at .5; τ = .6 sends cat to the patch although e0 covers it
        ExpertSelection s = selector().setBudget(Budget.models(2)).optPatchCandidates(VLMS, SCORES)
                .optPolicy(new PatchPolicy(0.6, 0)).build().select();
        assertThat(s.chco().ids()).containsExactly("e0", "e1");
        assertThat(s.patch().patchClasses()).containsExactly(1);
        assertThat(s.patch().weakClasses()).containsExactly(1);
        // mean over {cat}: v0 .9 > v1 .7
        assertThat(s.patch().vlmId()).isEqualTo("v0");
        assertThat(s.patch().uncovered()).isEmpty();
    }

    @Test
    void select_completeCoverageAboveTau_needsNoPatch() {
        ExpertSelection s = selector().setBudget(Budget.models(2)).optPatchCandidates(VLMS, SCORES).build().select();
        // {e0, e1}: [1, .5, 1, 1], nothing below τ = .5
        assertThat(s.patch().patchClasses()).isEmpty();
        assertThat(s.patch().hasPatch()).isFalse();
        assertThat(s.estimate().accuracy()).isCloseTo(0.875, within(1e-12));
    }

    @Test
    void select_vlmAtChanceOnTheClasses_isDeclinedOrVotesButCoversNothing() {
        // v2 answers uniformly on every image: its rows are identical, so alone it ties all four classes (1/4 =
        // chance) everywhere, while its reuse scores (which mix in a global mean) are positive
        List<TaskHead> heads = new ArrayList<>(FourExperts.heads());
        double[][] uniform = new double[9][];
        java.util.Arrays.fill(uniform, new double[]{.25, .25, .25, .25});
        heads.add(TinyHub.vlm("v2", TinyHub.TASK, 10, uniform));
        CombinationEvaluator evaluator = new CombinationEvaluator(TinyHub.TASK, FourExperts.evaluator(HAND)
                .evidence(), heads, HAND);
        ReuseScores positive = new ReuseScores(new double[][]{{.3, .3, .3, .3}}, new double[][]{{.3, .3, .3, .3}});
        ExpertSelection s = HeadCombinationSelector.builder().setEvaluator(evaluator).setBudget(Budget.models(1))
                .optExperts(EXPERTS).optPatchCandidates(new int[]{6}, positive).build().select();
        assertThat(evaluator.estimate(6).perClass()).containsExactly(new double[]{.25, .25, .25, .25}, within(1e-12));
        // by default it is declined (it cannot raise the estimate) and covers nothing
        assertThat(s.patch().hasPatch()).isFalse();
        assertThat(s.patch().declined()).startsWith("v2 would not raise the estimate");
        assertThat(s.uncoveredClasses()).containsExactly("dog", "cat");
        assertThatThrownBy(s::requireComplete).isInstanceOf(UncoveredClassException.class);

        // without the gain check it votes (its reuse scores are positive) but still covers nothing
        ExpertSelection voting = HeadCombinationSelector.builder().setEvaluator(evaluator).setBudget(Budget.models(1))
                .optExperts(EXPERTS).optPatchCandidates(new int[]{6}, positive)
                .optPolicy(new PatchPolicy(.5, 0, true, false)).build().select();
        assertThat(voting.patch().vlmId()).isEqualTo("v2");
        assertThat(voting.uncoveredClasses()).containsExactly("dog", "cat");

        ExpertSelection lenient = HeadCombinationSelector.builder().setEvaluator(evaluator).setBudget(Budget.models(1))
                .optExperts(EXPERTS).optPatchCandidates(new int[]{6}, positive)
                .optPolicy(new PatchPolicy(.5, 0, false, false)).build().select();
        assertThat(lenient.patch().vlmId()).isEqualTo("v2");
        assertThat(lenient.uncoveredClasses()).isEmpty();
    }
}
