package io.mll4j.data;

import io.mll4j.exception.DataException;
import io.mll4j.image.ImageDecoder;

import java.awt.image.BufferedImage;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.stream.Stream;

/**
 * Images in {@code root/<classId>/*.{jpg,jpeg,png}}; items ordered by class, then by file name.
 * Item ids are {@code <classId>/<file name>}.
 */
public final class ImageFolderDataset extends AbstractImageDataset {
    private final List<Path> files = new ArrayList<>();
    private final List<Integer> labels = new ArrayList<>();

    /** Classes are the sub-folders of {@code root}, sorted by name; display names are the folder names. */
    public static ImageFolderDataset of(String name, Path root) {
        List<String> ids = new ArrayList<>();
        try (Stream<Path> s = Files.list(root)) {
            s.filter(Files::isDirectory).map(p -> p.getFileName().toString()).sorted().forEach(ids::add);
        } catch (IOException e) {
            throw new DataException(root + ": cannot list image folder: " + e.getMessage(), e);
        }
        return new ImageFolderDataset(name, root, ids, ids);
    }

    /** Classes are given in label-index order; each needs a folder {@code root/<classId>}. */
    public ImageFolderDataset(String name, Path root, List<String> classIds, List<String> classNames) {
        super(name, classIds, classNames);
        for (int c = 0; c < classIds.size(); c++) {
            Path dir = root.resolve(classIds.get(c));
            if (!Files.isDirectory(dir)) {
                throw new DataException(name + ": class folder " + dir + " is missing");
            }
            try (Stream<Path> s = Files.list(dir)) {
                int label = c;
                s.filter(ImageFolderDataset::isImageFile).sorted().forEach(p -> {
                    files.add(p);
                    labels.add(label);
                });
            } catch (IOException e) {
                throw new DataException(dir + ": cannot list class folder: " + e.getMessage(), e);
            }
        }
    }

    private static boolean isImageFile(Path p) {
        String n = p.getFileName().toString().toLowerCase(Locale.ROOT);
        return Files.isRegularFile(p) && (n.endsWith(".jpg") || n.endsWith(".jpeg") || n.endsWith(".png"));
    }

    @Override
    public int size() {
        return files.size();
    }

    @Override
    public String id(int index) {
        return classIds().get(labels.get(index)) + "/" + files.get(index).getFileName();
    }

    @Override
    public int label(int index) {
        return labels.get(index);
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
