package io.mll4j.data;

import io.mll4j.exception.DataException;
import io.mll4j.image.ImageDecoder;

import java.awt.image.BufferedImage;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import java.util.stream.Stream;

/**
 * The ImageNet sample: one image per ImageNet-1k class, {@code <wnid>_<label>.JPEG}, sorted by file name.
 * Each image is its own class: class id = WordNet 3.0 id ({@code n01440764}), name = label with spaces.
 */
public final class ImageNetSampleDataset extends AbstractImageDataset {
    private final List<Path> files;

    public ImageNetSampleDataset(String name, Path dir) {
        this(name, list(dir));
    }

    private ImageNetSampleDataset(String name, List<Path> files) {
        super(name, files.stream().map(p -> stem(p).substring(0, stem(p).indexOf('_'))).toList(),
                files.stream().map(p -> stem(p).substring(stem(p).indexOf('_') + 1).replace('_', ' ')).toList());
        this.files = files;
    }

    private static List<Path> list(Path dir) {
        if (!Files.isDirectory(dir)) {
            throw new DataException(dir + ": ImageNet sample folder is missing (run `mll data setup`)");
        }
        try (Stream<Path> s = Files.list(dir)) {
            return s.filter(p -> p.getFileName().toString().endsWith(".JPEG")).sorted().toList();
        } catch (IOException e) {
            throw new DataException(dir + ": cannot list ImageNet sample: " + e.getMessage(), e);
        }
    }

    private static String stem(Path p) {
        String n = p.getFileName().toString();
        if (!n.matches("n\\d{8}_.+\\.JPEG")) {
            throw new DataException(p + ": ImageNet sample file name is not <wnid>_<label>.JPEG");
        }
        return n.substring(0, n.length() - ".JPEG".length());
    }

    @Override
    public int size() {
        return files.size();
    }

    @Override
    public String id(int index) {
        return files.get(index).getFileName().toString();
    }

    @Override
    public int label(int index) {
        return index;
    }

    @Override
    public BufferedImage image(int index) {
        return ImageDecoder.decode(files.get(index));
    }

    @Override
    public Optional<Path> file(int index) {
        return Optional.of(files.get(index));
    }
}
