package io.mll4j.training.demo;

import com.fasterxml.jackson.annotation.JsonSubTypes;
import com.fasterxml.jackson.annotation.JsonTypeInfo;
import io.mll4j.image.Preprocessing;
import io.mll4j.hub.ModelManifest;
import io.mll4j.training.ArchitectureSpec;
import io.mll4j.training.Layer;

import java.util.List;
import java.util.Objects;

/**
 * One model of the demo hub, as data ({@code hub-demo/recipes.json}, tagged by {@code "kind"}).
 */
@JsonTypeInfo(use = JsonTypeInfo.Id.NAME, property = "kind")
@JsonSubTypes({
        @JsonSubTypes.Type(value = Recipe.Expert.class, name = "expert"),
        @JsonSubTypes.Type(value = Recipe.Vlm.class, name = "vlm"),
        @JsonSubTypes.Type(value = Recipe.Conse.class, name = "conse"),
        @JsonSubTypes.Type(value = Recipe.Import.class, name = "import")
})
public sealed interface Recipe {

    /** Hub id of the model. */
    String id();

    /**
     * A classifier trained with softmax cross-entropy; its head is {@code classes}, in order.
     *
     * @param id       hub id
     * @param classes  head classes in output order
     * @param input    input colour and size
     * @param layers   the network (must end in {@code classes.size()} outputs)
     * @param training image budget and hyper-parameters
     */
    record Expert(String id, List<ClassRef> classes, InputSpec input, List<Layer> layers, TrainingPlan training)
            implements Recipe {
        public Expert {
            requireId(id);
            classes = nonEmpty(id, "classes", classes);
            Objects.requireNonNull(input, () -> id + ": input is required");
            Objects.requireNonNull(training, () -> id + ": training is required");
            layers = List.copyOf(layers);
        }

        /** The network with its input shape; checks that it ends in one output per class. */
        public ArchitectureSpec architecture() {
            return Recipe.architecture(id, input, layers, classes.size());
        }
    }

    /**
     * An image tower trained contrastively (LiT-style) against a frozen text encoder.
     *
     * @param id          hub id
     * @param classes     the class pool; training uses those not held out
     * @param heldOut     classes of the pool left out of training (images and texts), to measure zero-shot honestly
     * @param input       input colour and size
     * @param layers      the tower (must end in the text encoder's dimension)
     * @param training    image budget and hyper-parameters
     * @param textEncoder id of the frozen text encoder ({@code io.mll4j.onnx.text.TextEncoders})
     * @param texts       kinds of class texts trained on
     */
    record Vlm(String id, List<ClassRef> classes, List<ClassRef> heldOut, InputSpec input, List<Layer> layers,
               TrainingPlan training, String textEncoder, List<TextKind> texts) implements Recipe {
        public Vlm {
            requireId(id);
            classes = nonEmpty(id, "classes", classes);
            heldOut = heldOut == null ? List.of() : List.copyOf(heldOut);
            if (!classes.containsAll(heldOut)) {
                throw new IllegalArgumentException(id + ": heldOut must be classes of the pool, got " + heldOut);
            }
            Objects.requireNonNull(input, () -> id + ": input is required");
            Objects.requireNonNull(training, () -> id + ": training is required");
            Objects.requireNonNull(textEncoder, () -> id + ": textEncoder is required");
            texts = nonEmpty(id, "texts", texts);
            layers = List.copyOf(layers);
        }

        /** The classes trained on: the pool minus the held-out ones, in pool order. */
        public List<ClassRef> trainedClasses() {
            return classes.stream().filter(c -> !heldOut.contains(c)).toList();
        }

        /** The tower with its input shape; checks that it ends in {@code dimension} outputs. */
        public ArchitectureSpec architecture(int dimension) {
            return Recipe.architecture(id, input, layers, dimension);
        }
    }

    /**
     * A ConSE composite: an expert of this hub whose softmax weighs text embeddings of its labels.
     *
     * @param id          hub id
     * @param expert      id of an expert recipe listed before this one
     * @param textEncoder id of the frozen text encoder
     * @param topK        labels kept per image
     */
    record Conse(String id, String expert, String textEncoder, int topK) implements Recipe {
        public Conse {
            requireId(id);
            Objects.requireNonNull(expert, () -> id + ": expert is required");
            Objects.requireNonNull(textEncoder, () -> id + ": textEncoder is required");
            if (topK < 1) {
                throw new IllegalArgumentException(id + ": topK must be >= 1, got " + topK);
            }
        }
    }

    /**
     * A third-party ONNX classifier committed to the repository.
     *
     * @param id            hub id
     * @param model         ONNX file, relative to the repository root
     * @param labels        labels JSON ({@code [{name, synset}]}) relative to the repository root
     * @param preprocessing what the model expects
     * @param source        where it comes from
     * @param license       its license
     */
    record Import(String id, String model, String labels, Preprocessing preprocessing, String source, String license)
            implements Recipe {
        public Import {
            requireId(id);
            Objects.requireNonNull(model, () -> id + ": model is required");
            Objects.requireNonNull(labels, () -> id + ": labels is required");
            Objects.requireNonNull(preprocessing, () -> id + ": preprocessing is required");
        }
    }

    private static void requireId(String id) {
        if (!ModelManifest.isValidId(id)) {
            throw new IllegalArgumentException("recipe id '" + id + "' is not a valid hub id");
        }
    }

    private static <T> List<T> nonEmpty(String id, String field, List<T> values) {
        if (values == null || values.isEmpty()) {
            throw new IllegalArgumentException(id + ": " + field + " must not be empty");
        }
        return List.copyOf(values);
    }

    private static ArchitectureSpec architecture(String id, InputSpec input, List<Layer> layers, int outputs) {
        ArchitectureSpec spec;
        try {
            spec = new ArchitectureSpec(input.shape(), layers);
        } catch (IllegalArgumentException e) {
            throw new IllegalArgumentException(id + ": " + e.getMessage(), e);
        }
        if (spec.outputSize() != outputs) {
            throw new IllegalArgumentException(id + ": the network ends in " + spec.outputSize() + " outputs, expected "
                    + outputs);
        }
        return spec;
    }
}
