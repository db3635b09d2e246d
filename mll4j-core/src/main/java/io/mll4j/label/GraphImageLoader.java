package io.mll4j.label;

import io.mll4j.exception.DataException;
import io.mll4j.image.ImageDecoder;
import io.mll4j.util.Hashes;

import java.awt.image.BufferedImage;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;

/**
 * Reads the graph's images for labeling: each file must still have the content hash the graph recorded (a label
 * names the graph version, so a changed image would make it lie), then is decoded strictly by {@link ImageDecoder}.
 * Failures are {@link DataException}s naming the file.
 */
final class GraphImageLoader implements Function<Path, BufferedImage> {
    private final Map<Path, String> expected = new HashMap<>();

    GraphImageLoader(List<ImageRef> images) {
        images.forEach(i -> expected.put(i.path(), i.sha256()));
    }

    @Override
    public BufferedImage apply(Path file) {
        byte[] bytes;
        try {
            bytes = Files.readAllBytes(file);
        } catch (NoSuchFileException e) {
            throw new DataException(file + ": graph image is missing (run `mll data setup`, or rebuild the graph)", e);
        } catch (IOException e) {
            throw new DataException(file + ": cannot read graph image: " + e.getMessage(), e);
        }
        String want = expected.get(file);
        if (want != null) {
            String got = Hashes.sha256(bytes);
            if (!got.equals(want)) {
                throw new DataException(file + ": changed since the graph was built (sha256 " + got.substring(0, 12)
                        + "…, the graph records " + want.substring(0, 12) + "…); restore it or rebuild the graph");
            }
        }
        return ImageDecoder.decode(bytes, file.toString());
    }
}
