package io.mll4j.data;

import io.mll4j.exception.DataException;
import io.mll4j.progress.Progress;

import javax.imageio.ImageIO;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Optional;

/**
 * Writes a data set's NODE split as files, {@code node-split/<dataset>/<classId>/<name>.{jpg,png}}, for graph
 * builders that want plain image files: JPEG sources are copied byte for byte, pixel sources (IDX, npm JSON)
 * become lossless 8-bit grey PNGs, white object on black as in the source.
 */
final class NodeSplitWriter {
    private NodeSplitWriter() {
    }

    /** Writes the NODE split of {@code dataset} and returns the number of images written. */
    static int write(DatasetCatalog catalog, String dataset, Progress progress) {
        ImageDataset node = catalog.open(dataset, Split.NODE);
        Path target = catalog.home().resolve(DatasetCatalog.NODE_SPLIT_DIR).resolve(dataset);
        Path staging = Folders.staging(target);
        progress.start("node split " + dataset, node.size());
        try {
            for (String classId : node.classIds()) {
                Files.createDirectories(staging.resolve(classId));
            }
            for (int i = 0; i < node.size(); i++) {
                Path dir = staging.resolve(node.classIds().get(node.label(i)));
                String id = node.id(i);
                String local = id.substring(id.lastIndexOf('/') + 1);
                Optional<Path> file = node.file(i);
                if (file.isPresent()) {
                    Files.copy(file.get(), dir.resolve(local));
                } else if (!ImageIO.write(node.image(i), "png", dir.resolve(local + ".png").toFile())) {
                    throw new DataException("No PNG writer in this Java runtime");
                }
                progress.advance(1);
            }
        } catch (IOException e) {
            Folders.deleteRecursively(staging);
            throw new DataException(dataset + ": cannot write node split into " + staging + ": " + e.getMessage(), e);
        }
        Folders.replace(staging, target);
        progress.finish();
        return node.size();
    }
}
