package io.mll4j.reuse;

import io.mll4j.exception.DataException;
import io.mll4j.image.ImageSource;
import io.mll4j.progress.Progress;

import java.awt.image.BufferedImage;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.function.BiFunction;
import java.util.function.Function;

/**
 * Runs models over images chunk by chunk, as the reusers do: each chunk is decoded once and the images that decode
 * are run together; one that cannot be decoded gets a failed result naming it and the others are still predicted
 * (a long batch is not lost to one bad file).
 */
public final class ImageChunks {
    private ImageChunks() {
    }

    /**
     * One result per image, in input order; progress counts images under the task {@code predict images}.
     *
     * @param images    the images
     * @param chunkSize images decoded and run together
     * @param progress  advanced after each chunk
     * @param run       the models on a chunk's decoded images: one output per image, in order
     * @param result    an image's result from its name and output
     * @param failed    an image's result from its name and why it could not be decoded
     * @param <T>       what the models make of one image
     * @param <R>       one image's result
     */
    public static <T, R> List<R> predict(List<ImageSource> images, int chunkSize, Progress progress,
                                         Function<List<BufferedImage>, List<T>> run, BiFunction<String, T, R> result,
                                         BiFunction<String, String, R> failed) {
        List<R> out = new ArrayList<>(images.size());
        progress.start("predict images", images.size());
        for (int from = 0; from < images.size(); from += chunkSize) {
            List<ImageSource> chunk = images.subList(from, Math.min(from + chunkSize, images.size()));
            out.addAll(predictChunk(chunk, run, result, failed));
            progress.advance(chunk.size());
        }
        progress.finish();
        return out;
    }

    private static <T, R> List<R> predictChunk(List<ImageSource> chunk, Function<List<BufferedImage>, List<T>> run,
                                               BiFunction<String, T, R> result, BiFunction<String, String, R> failed) {
        @SuppressWarnings("unchecked")
        R[] results = (R[]) new Object[chunk.size()];
        List<BufferedImage> pixels = new ArrayList<>();
        List<Integer> positions = new ArrayList<>();
        for (int i = 0; i < chunk.size(); i++) {
            try {
                pixels.add(chunk.get(i).decode());
                positions.add(i);
            } catch (DataException e) {
                results[i] = failed.apply(chunk.get(i).name(), e.getMessage());
            }
        }
        if (!pixels.isEmpty()) {
            List<T> outputs = run.apply(pixels);
            for (int j = 0; j < positions.size(); j++) {
                results[positions.get(j)] = result.apply(chunk.get(positions.get(j)).name(), outputs.get(j));
            }
        }
        return Arrays.asList(results);
    }
}
