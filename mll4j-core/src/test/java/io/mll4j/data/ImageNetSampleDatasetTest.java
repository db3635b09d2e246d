package io.mll4j.data;

import io.mll4j.exception.DataException;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import javax.imageio.ImageIO;
import java.awt.image.BufferedImage;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class ImageNetSampleDatasetTest {
    @TempDir
    Path dir;

    private void jpeg(String name, int rgb) throws IOException {
        BufferedImage image = new BufferedImage(2, 2, BufferedImage.TYPE_INT_RGB);
        image.setRGB(0, 0, rgb);
        ImageIO.write(image, "jpg", dir.resolve(name).toFile());
    }

    @Test
    void new_sampleFolder_oneClassPerFileSortedByName() throws IOException {
        jpeg("n02085620_Chihuahua.JPEG", 0xFFFFFF);
        jpeg("n01440764_tench.JPEG", 0);
        jpeg("n01443537_great_white_shark.JPEG", 0);
        Files.writeString(dir.resolve("LICENSE"), "not an image");

        ImageNetSampleDataset ds = new ImageNetSampleDataset("imagenet-sample", dir);

        assertThat(ds.name()).isEqualTo("imagenet-sample");
        assertThat(ds.size()).isEqualTo(3);
        assertThat(ds.classIds()).containsExactly("n01440764", "n01443537", "n02085620");
        assertThat(ds.classNames()).containsExactly("tench", "great white shark", "Chihuahua");
        assertThat(ds.labels()).containsExactly(0, 1, 2);
        assertThat(ds.id(2)).isEqualTo("n02085620_Chihuahua.JPEG");
        assertThat(ds.file(0)).contains(dir.resolve("n01440764_tench.JPEG"));
        assertThat(ds.image(2).getRGB(0, 0) & 0xFF).isGreaterThan(200);
    }

    @Test
    void new_badFileName_throwsNamingFile() throws IOException {
        jpeg("tench.JPEG", 0);
        assertThatThrownBy(() -> new ImageNetSampleDataset("imagenet-sample", dir))
                .isInstanceOf(DataException.class).hasMessageContaining("tench.JPEG");
    }

    @Test
    void new_missingFolder_throwsNamingIt() {
        Path missing = dir.resolve("nope");
        assertThatThrownBy(() -> new ImageNetSampleDataset("imagenet-sample", missing))
                .isInstanceOf(DataException.class).hasMessageContaining(missing.toString());
    }
}
