package io.mll4j.image;

import java.awt.image.BufferedImage;
import java.nio.file.Path;
import java.util.Objects;
import java.util.function.Supplier;

/**
 * An image decoded on demand, with the name that reports and error messages cite: a file, or bytes received over
 * the network (an upload keeps its own file name instead of a temporary path).
 *
 * @param name    what reports call the image
 * @param decoder decodes it, throwing {@link io.mll4j.exception.DataException} naming it when it is not an image
 */
public record ImageSource(String name, Supplier<BufferedImage> decoder) {
    public ImageSource {
        Objects.requireNonNull(name, "name");
        Objects.requireNonNull(decoder, "decoder");
    }

    /** An image file, named by its path as given. */
    public static ImageSource of(Path file) {
        return new ImageSource(file.toString(), () -> ImageDecoder.decode(file));
    }

    /** Encoded image bytes (PNG, JPEG, …) under a name. */
    public static ImageSource of(String name, byte[] bytes) {
        Objects.requireNonNull(bytes, "bytes");
        return new ImageSource(name, () -> ImageDecoder.decode(bytes, name));
    }

    /** Decodes the image ({@link ImageDecoder}'s strict rules). */
    public BufferedImage decode() {
        return decoder.get();
    }
}
