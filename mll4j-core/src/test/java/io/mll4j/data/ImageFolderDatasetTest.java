package io.mll4j.data;

import io.mll4j.exception.DataException;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import javax.imageio.ImageIO;
import java.awt.image.BufferedImage;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class ImageFolderDatasetTest {
    @TempDir
    Path root;

    private void png(String classId, String name, int rgb) throws IOException {
        BufferedImage image = new BufferedImage(2, 2, BufferedImage.TYPE_INT_RGB);
        image.setRGB(0, 0, rgb);
        Files.createDirectories(root.resolve(classId));
        ImageIO.write(image, "png", root.resolve(classId).resolve(name).toFile());
    }

    @Test
    void of_twoClassFolders_ordersByClassThenFileNameAndSkipsOtherFiles() throws IOException {
        png("dog", "b.png", 0x010203);
        png("cat", "z.png", 0x040506);
        png("dog", "a.png", 0x070809);
        Files.writeString(root.resolve("dog/readme.txt"), "not an image");
        ImageFolderDataset ds = ImageFolderDataset.of("pets", root);
        assertThat(ds.name()).isEqualTo("pets");
        assertThat(ds.classIds()).containsExactly("cat", "dog");
        assertThat(ds.classNames()).containsExactly("cat", "dog");
        assertThat(ds.size()).isEqualTo(3);
        assertThat(List.of(ds.id(0), ds.id(1), ds.id(2))).containsExactly("cat/z.png", "dog/a.png", "dog/b.png");
        assertThat(ds.labels()).containsExactly(0, 1, 1);
        assertThat(ds.image(1).getRGB(0, 0) & 0xFFFFFF).isEqualTo(0x070809);
        assertThat(ds.file(2)).contains(root.resolve("dog/b.png"));
    }

    @Test
    void new_moreNamesThanIds_isRejected() throws IOException {
        png("cat", "z.png", 0);
        assertThatThrownBy(() -> new ImageFolderDataset("pets", root, List.of("cat"), List.of("Cat", "Dog")))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("differ in length");
    }

    @Test
    void new_missingClassFolder_throwsNamingFolder() throws IOException {
        png("cat", "z.png", 0);
        assertThatThrownBy(() -> new ImageFolderDataset("pets", root, List.of("cat", "dog"), List.of("Cat", "Dog")))
                .isInstanceOf(DataException.class).hasMessageContaining(root.resolve("dog").toString());
    }
}
