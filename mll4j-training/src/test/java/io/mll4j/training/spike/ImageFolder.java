package io.mll4j.training.spike;

import javax.imageio.ImageIO;
import java.awt.Graphics2D;
import java.awt.RenderingHints;
import java.awt.image.BufferedImage;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.IntStream;
import java.util.stream.Stream;

/**
 * Spike-only reader of an {@code <split>/<class>/<n>.jpg} tree (the CIFAR-10 JPEG layout): decodes with ImageIO,
 * optionally converts to grey and resizes, scales to [0, 1] and normalises per channel. Classes are the sorted
 * folder names.
 */
record ImageFolder(List<String> classes, float[][] images, int[] labels) {

    static ImageFolder read(Path split, int perClass, int size, boolean grey, float[] mean, float[] std) {
        List<String> classes;
        try (Stream<Path> dirs = Files.list(split)) {
            classes = dirs.filter(Files::isDirectory).map(p -> p.getFileName().toString()).sorted().toList();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        List<Path> files = new ArrayList<>();
        List<Integer> labels = new ArrayList<>();
        for (int k = 0; k < classes.size(); k++) {
            try (Stream<Path> images = Files.list(split.resolve(classes.get(k)))) {
                List<Path> sorted = images.sorted().limit(perClass).toList();
                files.addAll(sorted);
                for (int i = 0; i < sorted.size(); i++) {
                    labels.add(k);
                }
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }
        int channels = grey ? 1 : 3;
        float[][] out = new float[files.size()][];
        IntStream.range(0, files.size()).parallel().forEach(i -> out[i] = decode(files.get(i), size, grey, channels, mean, std));
        return new ImageFolder(classes, out, labels.stream().mapToInt(Integer::intValue).toArray());
    }

    private static float[] decode(Path file, int size, boolean grey, int channels, float[] mean, float[] std) {
        BufferedImage image;
        try {
            image = ImageIO.read(file.toFile());
        } catch (IOException e) {
            throw new UncheckedIOException(file.toString(), e);
        }
        if (image.getWidth() != size || image.getHeight() != size || grey) {
            BufferedImage scaled = new BufferedImage(size, size, grey ? BufferedImage.TYPE_BYTE_GRAY : BufferedImage.TYPE_INT_RGB);
            Graphics2D g = scaled.createGraphics();
            g.setRenderingHint(RenderingHints.KEY_INTERPOLATION, RenderingHints.VALUE_INTERPOLATION_BILINEAR);
            g.drawImage(image, 0, 0, size, size, null);
            g.dispose();
            image = scaled;
        }
        float[] pixels = new float[channels * size * size];
        for (int y = 0; y < size; y++) {
            for (int x = 0; x < size; x++) {
                int rgb = image.getRGB(x, y);
                if (grey) {
                    pixels[y * size + x] = ((rgb & 0xff) / 255f - mean[0]) / std[0];
                } else {
                    int[] c = {(rgb >> 16) & 0xff, (rgb >> 8) & 0xff, rgb & 0xff};
                    for (int ch = 0; ch < 3; ch++) {
                        pixels[ch * size * size + y * size + x] = (c[ch] / 255f - mean[ch]) / std[ch];
                    }
                }
            }
        }
        return pixels;
    }
}
