package io.mll4j.reuse;

import io.mll4j.exception.DataException;
import io.mll4j.image.ImageSource;
import io.mll4j.progress.Progress;
import org.junit.jupiter.api.Test;

import java.awt.image.BufferedImage;
import java.util.ArrayList;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

class ImageChunksTest {
    /** An image whose width tells it apart. */
    private static ImageSource image(String name, int width) {
        return new ImageSource(name, () -> new BufferedImage(width, 1, BufferedImage.TYPE_BYTE_GRAY));
    }

    private static ImageSource broken(String name) {
        return new ImageSource(name, () -> {
            throw new DataException(name + ": not an image");
        });
    }

    @Test
    void predict_brokenImageAmongOthers_failsOnlyItKeepsOrderAndRunsEachChunkOnce() {
        List<ImageSource> images = List.of(image("a", 1), broken("b"), image("c", 3), image("d", 4), broken("e"));
        List<List<Integer>> runs = new ArrayList<>();
        List<String> events = new ArrayList<>();
        Progress progress = new Progress() {
            @Override
            public void start(String task, long total) {
                events.add(task + " " + total);
            }

            @Override
            public void advance(long done) {
                events.add("+" + done);
            }

            @Override
            public void finish() {
                events.add("done");
            }
        };

        List<String> results = ImageChunks.predict(images, 2, progress, pixels -> {
            List<Integer> widths = pixels.stream().map(BufferedImage::getWidth).toList();
            runs.add(widths);
            return widths;
        }, (name, width) -> name + "=" + width, (name, error) -> name + " failed: " + error);

        assertThat(results).containsExactly("a=1", "b failed: b: not an image", "c=3", "d=4",
                "e failed: e: not an image");
        assertThat(runs).containsExactly(List.of(1), List.of(3, 4));
        assertThat(events).containsExactly("predict images 5", "+2", "+2", "+1", "done");
    }
}
