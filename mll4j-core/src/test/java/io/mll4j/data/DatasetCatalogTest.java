package io.mll4j.data;

import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;

import java.awt.image.BufferedImage;

import static org.assertj.core.api.Assertions.assertThat;

/** Readers on the installed data: sizes, classes, image types, and that every real JPEG passes the strict decoder. */
@Tag("data")
class DatasetCatalogTest {
    private static final DatasetCatalog CATALOG = DatasetCatalog.openDefault();

    @Test
    void open_cifarTest_givesOfficialTestSetInRgb() {
        ImageDataset test = CATALOG.open("cifar10", Split.TEST);
        assertThat(test.size()).isEqualTo(10_000);
        assertThat(test.classIds()).startsWith("airplane", "automobile").endsWith("truck");
        assertThat(test.id(0)).isEqualTo("airplane/0000.jpg");
        BufferedImage image = test.image(0);
        assertThat(image.getType()).isEqualTo(BufferedImage.TYPE_INT_RGB);
        assertThat(image.getWidth()).isEqualTo(32);
    }

    @Test
    void open_cifarNode_takesLastHundredFileNamesOfEachTrainClass() {
        ImageDataset node = CATALOG.open("cifar10", Split.NODE);
        assertThat(node.id(0)).isEqualTo("airplane/4900.jpg");
        assertThat(node.id(node.size() - 1)).isEqualTo("truck/4999.jpg");
    }

    @Test
    void open_fashionTrain_givesGreyImagesWithDisplayNames() {
        ImageDataset train = CATALOG.open("fashion-mnist", Split.TRAIN);
        assertThat(train.size()).isEqualTo(58_500);
        assertThat(train.classNames()).startsWith("T-shirt/top", "Trouser");
        assertThat(train.classIds()).startsWith("t-shirt-top").endsWith("ankle-boot");
        assertThat(train.image(0).getType()).isEqualTo(BufferedImage.TYPE_BYTE_GRAY);
    }

    @Test
    void open_imagenetSample_hasOneImagePerWnid() {
        ImageDataset sample = CATALOG.open("imagenet-sample", Split.NODE);
        assertThat(sample.size()).isEqualTo(1000);
        assertThat(sample.classIds()).doesNotHaveDuplicates().allMatch(id -> id.matches("n\\d{8}"));
        assertThat(sample.classIds().get(0)).isEqualTo("n01440764");
        assertThat(sample.classNames().get(0)).isEqualTo("tench");
    }

    @Test
    void decode_everyImagenetAndCifarNodeJpeg_passesStrictDecoder() {
        for (ImageDataset d : new ImageDataset[]{CATALOG.open("imagenet-sample", Split.NODE),
                CATALOG.open("cifar10", Split.NODE)}) {
            for (int i = 0; i < d.size(); i++) {
                BufferedImage image = d.image(i);
                assertThat(image.getType()).isIn(BufferedImage.TYPE_INT_RGB, BufferedImage.TYPE_BYTE_GRAY);
            }
        }
    }
}
