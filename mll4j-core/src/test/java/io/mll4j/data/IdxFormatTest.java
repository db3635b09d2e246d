package io.mll4j.data;

import io.mll4j.exception.DataException;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.awt.image.BufferedImage;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class IdxFormatTest {
    @TempDir
    Path dir;

    private static IdxFormat.Images sample() {
        byte[] pixels = new byte[3 * 2 * 4];
        for (int i = 0; i < pixels.length; i++) {
            pixels[i] = (byte) (i * 11);
        }
        return new IdxFormat.Images(3, 2, 4, pixels);
    }

    @Test
    void writeThenRead_gzipped_returnsSameImagesAndLabels() {
        IdxFormat.Images images = sample();
        IdxFormat.writeImages(dir.resolve("x-images-idx3-ubyte.gz"), images);
        IdxFormat.writeLabels(dir.resolve("x-labels-idx1-ubyte.gz"), new byte[]{2, 0, (byte) 1});
        IdxFormat.Images back = IdxFormat.readImages(dir.resolve("x-images-idx3-ubyte.gz"));
        assertThat(back.count()).isEqualTo(3);
        assertThat(back.rows()).isEqualTo(2);
        assertThat(back.cols()).isEqualTo(4);
        assertThat(back.pixels()).isEqualTo(images.pixels());
        assertThat(IdxFormat.readLabels(dir.resolve("x-labels-idx1-ubyte.gz"))).containsExactly(2, 0, 1);
    }

    @Test
    void idxDataset_roundTrip_givesGreyImagesAndLabels() {
        IdxFormat.writeImages(dir.resolve("i.gz"), sample());
        IdxFormat.writeLabels(dir.resolve("l.gz"), new byte[]{2, 0, 1});
        DatasetDescriptor d = new DatasetDescriptor("t", "T", List.of(new DatasetDescriptor.ClassInfo("a", "A"),
                new DatasetDescriptor.ClassInfo("b", "B"), new DatasetDescriptor.ClassInfo("c", "C")));
        IdxDataset ds = new IdxDataset("t/train", "train", dir.resolve("i.gz"), dir.resolve("l.gz"), d);
        assertThat(ds.name()).isEqualTo("t/train");
        assertThat(ds.classIds()).containsExactly("a", "b", "c");
        assertThat(ds.classNames()).containsExactly("A", "B", "C");
        assertThat(ds.size()).isEqualTo(3);
        assertThat(ds.id(1)).isEqualTo("train/00001");
        assertThat(ds.labels()).containsExactly(2, 0, 1);
        BufferedImage image = ds.image(1);
        assertThat(image.getType()).isEqualTo(BufferedImage.TYPE_BYTE_GRAY);
        assertThat(image.getWidth()).isEqualTo(4);
        assertThat(image.getHeight()).isEqualTo(2);
        int[] expected = new int[8];
        for (int i = 0; i < 8; i++) {
            expected[i] = ((8 + i) * 11) & 0xFF;
        }
        assertThat(image.getRaster().getSamples(0, 0, 4, 2, 0, new int[8])).containsExactly(expected);
    }

    @Test
    void readImages_labelFile_throwsNamingFileAndMagic() {
        Path labels = dir.resolve("labels-idx1-ubyte");
        IdxFormat.writeLabels(labels, new byte[]{1});
        assertThatThrownBy(() -> IdxFormat.readImages(labels))
                .isInstanceOf(DataException.class).hasMessageContaining(labels.toString()).hasMessageContaining("magic");
    }

    @Test
    void readImages_truncatedFile_throwsNamingFile() throws IOException {
        Path file = dir.resolve("images-idx3-ubyte");
        IdxFormat.writeImages(file, sample());
        byte[] all = Files.readAllBytes(file);
        Files.write(file, Arrays.copyOf(all, all.length - 5));
        assertThatThrownBy(() -> IdxFormat.readImages(file))
                .isInstanceOf(DataException.class).hasMessageContaining(file.toString()).hasMessageContaining("truncated");
    }
}
