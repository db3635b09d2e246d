package io.mll4j.hub;

import io.mll4j.combine.CombinationReuser;
import io.mll4j.label.HubLabeler;
import io.mll4j.model.ImageClassifier;
import io.mll4j.model.VisionLanguageModel;
import io.mll4j.progress.Progress;
import io.mll4j.reuse.Reuser;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Path;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** The settings the labeler's and the reusers' builders share. */
class ModelRunBuilderTest {
    /** An opener of an empty hub: nothing to open. */
    private static final ModelOpener NOTHING = new ModelOpener() {
        @Override
        public VisionLanguageModel vlm(HubEntry entry) {
            throw new IllegalStateException("no models");
        }

        @Override
        public ImageClassifier classifier(HubEntry entry) {
            throw new IllegalStateException("no models");
        }

        @Override
        public void close() {
        }
    };

    @TempDir
    Path tmp;

    private static final class Plain extends ModelRunBuilder<Plain> {
        @Override
        protected Plain self() {
            return this;
        }
    }

    @Test
    void run_onlyRequiredSet_hasBatchSize32AndNoProgress() {
        try (ModelHub hub = ModelHub.builder().optDirectory(tmp).build()) {
            ModelRun run = new Plain().setHub(hub).setOpener(NOTHING).run();

            assertThat(run).isEqualTo(new ModelRun(hub, NOTHING, 32, Progress.NONE));
            assertThat(new Plain().setHub(hub).setOpener(NOTHING).optBatchSize(5).run().batchSize()).isEqualTo(5);
        }
    }

    @Test
    void builders_missingHubOrOpener_nameTheSetter() {
        assertThatThrownBy(() -> HubLabeler.builder().build()).isInstanceOf(NullPointerException.class)
                .hasMessage("hub is required (setHub)");
        try (ModelHub hub = ModelHub.builder().optDirectory(tmp).build()) {
            assertThatThrownBy(() -> Reuser.builder().setHub(hub).build()).isInstanceOf(NullPointerException.class)
                    .hasMessage("opener is required (setOpener)");
            assertThatThrownBy(() -> HubLabeler.builder().setHub(hub).setOpener(NOTHING).build())
                    .isInstanceOf(NullPointerException.class).hasMessage("store is required (setStore)");
            assertThat(CombinationReuser.builder().setHub(hub).setOpener(NOTHING).build()).isNotNull();
        }
    }

    @Test
    void optBatchSize_belowOne_isRejected() {
        assertThatThrownBy(() -> CombinationReuser.builder().optBatchSize(0))
                .isInstanceOf(IllegalArgumentException.class).hasMessage("batchSize must be >= 1, got 0");
    }
}
