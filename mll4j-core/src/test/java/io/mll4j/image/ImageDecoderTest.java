package io.mll4j.image;

import io.mll4j.data.RepoData;
import io.mll4j.exception.DataException;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import javax.imageio.ImageIO;
import java.awt.image.BufferedImage;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class ImageDecoderTest {
    /** A real ImageNet sample JPEG from the committed archive. */
    private static final byte[] JPEG = RepoData.firstEntry("imagenet-sample/part-1.tar.gz", ".JPEG");

    @TempDir
    Path dir;

    @Test
    void decode_realJpeg_returnsIntRgb() throws IOException {
        Path file = Files.write(dir.resolve("real.JPEG"), JPEG);
        BufferedImage image = ImageDecoder.decode(file);
        assertThat(image.getType()).isEqualTo(BufferedImage.TYPE_INT_RGB);
        assertThat(Math.min(image.getWidth(), image.getHeight())).isEqualTo(256);
    }

    @Test
    void decode_zeroByteFile_throwsNamingFile() throws IOException {
        Path file = Files.write(dir.resolve("empty.jpg"), new byte[0]);
        assertThatThrownBy(() -> ImageDecoder.decode(file))
                .isInstanceOf(DataException.class).hasMessageContaining(file.toString()).hasMessageContaining("0 bytes");
    }

    @Test
    void decode_truncatedJpeg_throwsNamingFile() throws IOException {
        Path file = Files.write(dir.resolve("half.jpg"), Arrays.copyOf(JPEG, JPEG.length / 2));
        assertThatThrownBy(() -> ImageDecoder.decode(file))
                .isInstanceOf(DataException.class).hasMessageContaining(file.toString()).hasMessageContaining("truncated");
    }

    @Test
    void decode_truncatedJpegWithEndMarkerAppended_throwsFromReaderWarning() throws IOException {
        byte[] cut = Arrays.copyOf(JPEG, JPEG.length / 2 + 2);
        cut[cut.length - 2] = (byte) 0xFF;
        cut[cut.length - 1] = (byte) 0xD9;
        Path file = Files.write(dir.resolve("patched.jpg"), cut);
        assertThatThrownBy(() -> ImageDecoder.decode(file))
                .isInstanceOf(DataException.class).hasMessageContaining(file.toString());
    }

    @Test
    void decode_textFile_throwsNotAnImage() throws IOException {
        Path file = Files.writeString(dir.resolve("notes.jpg"), "not an image at all");
        assertThatThrownBy(() -> ImageDecoder.decode(file))
                .isInstanceOf(DataException.class).hasMessageContaining(file.toString()).hasMessageContaining("not an image");
    }

    @Test
    void decode_webp_throwsUnsupportedFormat() {
        byte[] webp = "RIFF\0\0\0\0WEBPVP8 ".getBytes(StandardCharsets.US_ASCII);
        assertThatThrownBy(() -> ImageDecoder.decode(webp, "photo.webp"))
                .isInstanceOf(DataException.class).hasMessageContaining("photo.webp").hasMessageContaining("WebP");
    }

    @Test
    void decode_greyPng_keepsSampleValues() throws IOException {
        BufferedImage grey = new BufferedImage(3, 2, BufferedImage.TYPE_BYTE_GRAY);
        grey.getRaster().setSamples(0, 0, 3, 2, 0, new int[]{0, 17, 128, 200, 254, 255});
        Path file = dir.resolve("grey.png");
        ImageIO.write(grey, "png", file.toFile());
        BufferedImage back = ImageDecoder.decode(file);
        assertThat(back.getType()).isEqualTo(BufferedImage.TYPE_BYTE_GRAY);
        assertThat(back.getRaster().getSamples(0, 0, 3, 2, 0, new int[6])).containsExactly(0, 17, 128, 200, 254, 255);
    }

    @Test
    void decode_argbPng_dropsAlphaToIntRgb() throws IOException {
        BufferedImage argb = new BufferedImage(2, 1, BufferedImage.TYPE_INT_ARGB);
        argb.setRGB(0, 0, 0x80102030);
        argb.setRGB(1, 0, 0xFFA0B0C0);
        Path file = dir.resolve("argb.png");
        ImageIO.write(argb, "png", file.toFile());
        BufferedImage back = ImageDecoder.decode(file);
        assertThat(back.getType()).isEqualTo(BufferedImage.TYPE_INT_RGB);
        assertThat(back.getRGB(0, 0) & 0xFFFFFF).isEqualTo(0x102030);
        assertThat(back.getRGB(1, 0) & 0xFFFFFF).isEqualTo(0xA0B0C0);
    }
}
