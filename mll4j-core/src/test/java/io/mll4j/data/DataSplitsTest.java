package io.mll4j.data;

import io.mll4j.util.Hashes;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import java.awt.image.BufferedImage;
import java.awt.image.DataBufferByte;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

/** On the installed data: the splits share no image (by content hash) and the node files match the policy. */
@Tag("data")
class DataSplitsTest {
    private static final DatasetCatalog CATALOG = DatasetCatalog.openDefault();

    /** Hash of the file bytes for file-backed items (JPEG), of the grey pixels otherwise (IDX, npm JSON). */
    private static String contentHash(ImageDataset d, int i) {
        return d.file(i).map(Hashes::sha256).orElseGet(() -> {
            BufferedImage image = d.image(i);
            return Hashes.sha256(((DataBufferByte) image.getRaster().getDataBuffer()).getData());
        });
    }

    @ParameterizedTest
    @ValueSource(strings = {"cifar10", "fashion-mnist", "mnist"})
    void splits_installedData_shareNoImageContent(String dataset) {
        Map<String, Split> owner = new HashMap<>();
        for (Split split : Split.values()) {
            ImageDataset d = CATALOG.open(dataset, split);
            assertThat(d.size()).as("%s %s size", dataset, split).isPositive();
            for (int i = 0; i < d.size(); i++) {
                Split previous = owner.putIfAbsent(contentHash(d, i), split);
                assertThat(previous).as("%s item %s of %s is also in %s", dataset, d.id(i), split, previous)
                        .isIn(null, split);
            }
        }
    }

    @ParameterizedTest
    @ValueSource(strings = {"cifar10", "fashion-mnist", "mnist"})
    void nodeFolder_installedData_holdsExactlyThePolicyNodeImages(String dataset) {
        ImageDataset node = CATALOG.open(dataset, Split.NODE);
        ImageDataset files = CATALOG.openNodeFolder(dataset);
        assertThat(files.size()).isEqualTo(node.size()).isEqualTo(SplitPolicy.NODE_PER_CLASS * node.classIds().size());
        Map<String, Integer> expected = new HashMap<>();
        for (int i = 0; i < node.size(); i++) {
            expected.put(pixelHash(node.image(i)), node.label(i));
        }
        for (int i = 0; i < files.size(); i++) {
            assertThat(expected.get(pixelHash(files.image(i)))).as("node file %s", files.id(i)).isEqualTo(files.label(i));
        }
    }

    private static String pixelHash(BufferedImage image) {
        int[] px = image.getRaster().getPixels(0, 0, image.getWidth(), image.getHeight(), (int[]) null);
        byte[] bytes = new byte[px.length];
        for (int i = 0; i < px.length; i++) {
            bytes[i] = (byte) px[i];
        }
        return image.getType() + ":" + Hashes.sha256(bytes);
    }

    @ParameterizedTest
    @ValueSource(strings = {"cifar10", "fashion-mnist", "mnist"})
    void nodeSplit_eachClass_hasHundredImages(String dataset) {
        ImageDataset node = CATALOG.open(dataset, Split.NODE);
        int[] perClass = new int[node.classIds().size()];
        for (int label : node.labels()) {
            perClass[label]++;
        }
        assertThat(perClass).containsOnly(SplitPolicy.NODE_PER_CLASS);
    }

    @ParameterizedTest
    @ValueSource(strings = {"cifar10", "fashion-mnist", "mnist"})
    void referenceSplit_eachClass_hasFiftyImages(String dataset) {
        ImageDataset reference = CATALOG.open(dataset, Split.REFERENCE);
        int[] perClass = new int[reference.classIds().size()];
        for (int label : reference.labels()) {
            perClass[label]++;
        }
        assertThat(perClass).containsOnly(SplitPolicy.REFERENCE_PER_CLASS);
    }
}
