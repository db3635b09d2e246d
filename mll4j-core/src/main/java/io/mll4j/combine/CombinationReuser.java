package io.mll4j.combine;

import io.mll4j.exception.HubException;
import io.mll4j.expert.FusedPrediction;
import io.mll4j.expert.HeadCombination;
import io.mll4j.expert.HeadCombinationReuser;
import io.mll4j.expert.HeadRunner;
import io.mll4j.expert.VlmZeroShot;
import io.mll4j.hub.HubEntry;
import io.mll4j.hub.ModelKind;
import io.mll4j.hub.ModelRun;
import io.mll4j.hub.ModelRunBuilder;
import io.mll4j.image.ImageSource;
import io.mll4j.model.VisionLanguageModel;
import io.mll4j.reuse.ImageChunks;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/**
 * Paper A's reuse on a hub: opens each head of a {@link CombinationSpec} once (an expert's classifier, or a VLM with
 * its class texts embedded once), runs every head once per image and fuses them ({@link HeadCombinationReuser}).
 * Images are decoded in chunks; an unreadable image gets an error naming the file and the others are still
 * predicted. Refuses a combination in which some class is covered by no head.
 */
public final class CombinationReuser {
    private final ModelRun run;

    private CombinationReuser(ModelRun run) {
        this.run = run;
    }

    public static Builder builder() {
        return new Builder();
    }

    /**
     * The runnable fusion of a spec: its heads opened from the hub.
     *
     * @throws io.mll4j.expert.UncoveredClassException when some class is covered by no head
     * @throws HubException when a head is not in the hub or is not of the kind the spec says
     */
    public HeadCombinationReuser open(CombinationSpec spec) {
        HeadCombination combination = spec.toCombination();
        List<String> prompts = spec.classes().stream().map(spec.prompt()::of).toList();
        List<HeadRunner> runners = new ArrayList<>();
        for (CombinationSpec.Head head : spec.heads()) {
            HubEntry entry = run.hub().get(head.id());
            ModelKind kind = entry.manifest().kind();
            if ((head.kind() == CombinationSpec.Kind.VLM) != (kind == ModelKind.VLM)) {
                throw new HubException("Head '" + head.id() + "' was selected as " + head.kind() + " but the hub's "
                        + "model is a " + kind + "; select again");
            }
            if (kind == ModelKind.VLM) {
                VisionLanguageModel vlm = run.opener().vlm(entry);
                runners.add(HeadRunner.vlm(head.id(), vlm, new VlmZeroShot(vlm.encodeTexts(prompts),
                        TaskCombinationModel.VLM_SCALE)));
            } else {
                runners.add(HeadRunner.expert(head.id(), run.opener().classifier(entry)));
            }
        }
        return HeadCombinationReuser.builder().setCombination(combination).setRunners(runners).build();
    }

    /**
     * Classifies image files.
     *
     * @param spec   the combination
     * @param images image files
     * @return one prediction per image, in input order
     */
    public FusionReport predict(CombinationSpec spec, List<Path> images) {
        return predictSources(spec, images.stream().map(ImageSource::of).toList());
    }

    /**
     * Classifies images that are not files (uploads), as {@link #predict}: each prediction and error names the
     * image by {@link ImageSource#name()}.
     */
    public FusionReport predictSources(CombinationSpec spec, List<ImageSource> images) {
        HeadCombinationReuser reuser = open(spec);
        List<FusionReport.FusedImage> out = ImageChunks.predict(images, run.batchSize(), run.progress(),
                reuser::predict, (image, prediction) -> describe(image, prediction, spec),
                FusionReport.FusedImage::failed);
        return new FusionReport(spec.classes(), spec.ids(), spec.rule(), out);
    }

    /** One prediction as the report shows it. */
    static FusionReport.FusedImage describe(String image, FusedPrediction p, CombinationSpec spec) {
        int best = p.predicted();
        int second = -1;
        for (int y = 0; y < p.probabilities().length; y++) {
            if (y != best && (second < 0 || p.probabilities()[y] > p.probabilities()[second])) {
                second = y;
            }
        }
        List<FusionReport.HeadContribution> heads = new ArrayList<>();
        for (int h = 0; h < spec.heads().size(); h++) {
            heads.add(new FusionReport.HeadContribution(spec.heads().get(h).id(),
                    second < 0 ? 0 : p.margin(h, second), Arrays.stream(p.contributions()[h]).boxed().toList()));
        }
        return new FusionReport.FusedImage(image, spec.classes().get(best), p.probabilities()[best],
                second < 0 ? null : spec.classes().get(second), Arrays.stream(p.probabilities()).boxed().toList(),
                heads, null);
    }

    /**
     * {@code set*} required, {@code opt*} optional. The opener opens the heads (and owns them); the batch size is the
     * images decoded and run per chunk.
     */
    public static final class Builder extends ModelRunBuilder<Builder> {
        private Builder() {
        }

        @Override
        protected Builder self() {
            return this;
        }

        public CombinationReuser build() {
            return new CombinationReuser(run());
        }
    }
}
