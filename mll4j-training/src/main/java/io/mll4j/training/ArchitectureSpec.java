package io.mll4j.training;

import com.fasterxml.jackson.core.JsonProcessingException;
import io.mll4j.exception.DataException;
import io.mll4j.util.Json;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

/**
 * A small CNN or MLP as data: an input shape and a list of layers, checked at construction (every layer must fit
 * the shape its predecessor produces, and the network must end flat). Serialisable to JSON so that a trained
 * model's record says exactly what was trained.
 *
 * @param input  shape of one input image, channels first
 * @param layers the layers in order
 */
public record ArchitectureSpec(InputShape input, List<Layer> layers) {

    public ArchitectureSpec {
        Objects.requireNonNull(input, "input");
        Objects.requireNonNull(layers, "layers");
        layers = List.copyOf(layers);
        ShapeInference.shapes(input, layers);
    }

    /** Starts a spec for inputs of the given shape. */
    public static Builder builder(int channels, int height, int width) {
        return new Builder(new InputShape(channels, height, width));
    }

    /** Feature shapes after each layer, index {@code i} being the output of layer {@code i}. */
    public List<List<Integer>> layerOutputShapes() {
        return ShapeInference.shapes(input, layers);
    }

    /** Width of the network output: number of classes for a classifier, embedding dimension for a tower. */
    public int outputSize() {
        List<List<Integer>> shapes = layerOutputShapes();
        return shapes.isEmpty() ? input.size() : shapes.getLast().getFirst();
    }

    /** This spec as JSON. */
    public String toJson() {
        return Json.write(this);
    }

    /** Parses a spec from JSON; a malformed or inconsistent spec is a {@link DataException}. */
    public static ArchitectureSpec fromJson(String json) {
        try {
            return Json.mapper().readValue(json, ArchitectureSpec.class);
        } catch (JsonProcessingException e) {
            throw new DataException("Invalid architecture spec: " + e.getOriginalMessage(), e);
        }
    }

    /** Reads a spec from a JSON file; a malformed or inconsistent spec is a {@link DataException} naming the file. */
    public static ArchitectureSpec read(Path file) {
        try {
            return Json.read(file, ArchitectureSpec.class);
        } catch (RuntimeException e) {
            throw new DataException("Invalid architecture spec " + file + ": " + e.getMessage(), e);
        }
    }

    /** Fluent construction: {@code builder(3, 32, 32).conv(16, 3, 1, 1).relu().maxPool(2, 2)...build()}. */
    public static final class Builder {
        private final InputShape input;
        private final List<Layer> layers = new ArrayList<>();

        private Builder(InputShape input) {
            this.input = input;
        }

        public Builder conv(int out, int kernel, int stride, int pad) {
            return add(new Layer.Conv(out, kernel, stride, pad));
        }

        public Builder relu() {
            return add(new Layer.Relu());
        }

        public Builder maxPool(int kernel, int stride) {
            return add(new Layer.MaxPool(kernel, stride));
        }

        public Builder avgPool(int kernel, int stride) {
            return add(new Layer.AvgPool(kernel, stride));
        }

        public Builder globalAvgPool() {
            return add(new Layer.GlobalAvgPool());
        }

        public Builder flatten() {
            return add(new Layer.Flatten());
        }

        public Builder linear(int out) {
            return add(new Layer.Linear(out));
        }

        public Builder dropout(float rate) {
            return add(new Layer.Dropout(rate));
        }

        public Builder batchNorm() {
            return add(new Layer.BatchNorm());
        }

        public Builder add(Layer layer) {
            layers.add(Objects.requireNonNull(layer, "layer"));
            return this;
        }

        /** Validates and returns the spec; an inconsistent layer is named by its index. */
        public ArchitectureSpec build() {
            return new ArchitectureSpec(input, layers);
        }
    }
}
