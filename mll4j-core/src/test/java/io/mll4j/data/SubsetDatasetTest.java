package io.mll4j.data;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Path;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class SubsetDatasetTest {
    private static final DatasetDescriptor ABC = new DatasetDescriptor("t", "T", List.of(
            new DatasetDescriptor.ClassInfo("a", "A"), new DatasetDescriptor.ClassInfo("b", "B"),
            new DatasetDescriptor.ClassInfo("c", "C")));

    @TempDir
    Path dir;

    private IdxDataset base() {
        byte[] pixels = new byte[4 * 2 * 2];
        for (int i = 0; i < pixels.length; i++) {
            pixels[i] = (byte) (i * 13);
        }
        IdxFormat.writeImages(dir.resolve("i.gz"), new IdxFormat.Images(4, 2, 2, pixels));
        IdxFormat.writeLabels(dir.resolve("l.gz"), new byte[]{2, 0, 1, 0});
        return new IdxDataset("t/train", "train", dir.resolve("i.gz"), dir.resolve("l.gz"), ABC);
    }

    @Test
    void subset_chosenItemsInGivenOrder_keepsBaseClassesAndItems() {
        IdxDataset base = base();
        SubsetDataset subset = new SubsetDataset("t/few", base, new int[]{3, 0});

        assertThat(subset.name()).isEqualTo("t/few");
        assertThat(subset.classIds()).isEqualTo(base.classIds());
        assertThat(subset.classNames()).containsExactly("A", "B", "C");
        assertThat(subset.size()).isEqualTo(2);
        assertThat(List.of(subset.id(0), subset.id(1))).containsExactly("train/00003", "train/00000");
        assertThat(subset.labels()).containsExactly(0, 2);
        assertThat(subset.image(1).getRaster().getSample(1, 0, 0)).isEqualTo(base.image(0).getRaster()
                .getSample(1, 0, 0));
        assertThat(subset.file(0)).isEmpty();
    }

    @Test
    void subset_indexOutsideBase_namesIndexAndBase() {
        IdxDataset base = base();
        assertThatThrownBy(() -> new SubsetDataset("t/bad", base, new int[]{0, 4}))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("index 4")
                .hasMessageContaining("t/train");
    }
}
