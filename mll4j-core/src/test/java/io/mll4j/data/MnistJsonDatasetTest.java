package io.mll4j.data;

import io.mll4j.exception.DataException;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.awt.image.BufferedImage;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.StringJoiner;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class MnistJsonDatasetTest {
    private static final DatasetDescriptor DIGITS = new DatasetDescriptor("mnist", "MNIST", List.of(
            new DatasetDescriptor.ClassInfo("0", "zero"), new DatasetDescriptor.ClassInfo("1", "one")));

    @TempDir
    Path dir;

    /** Writes {@code count} digits whose pixel {@code p} of digit {@code k} is {@code value(k, p)}. */
    private void writeDigits(String classId, int count, double firstPixel) throws IOException {
        StringJoiner values = new StringJoiner(",", "{\"data\": [", "]}");
        for (int k = 0; k < count; k++) {
            for (int p = 0; p < 784; p++) {
                values.add(p == 0 ? Double.toString(firstPixel) : p == 1 ? Double.toString(k / 10.0) : "0");
            }
        }
        Files.writeString(dir.resolve(classId + ".json"), values.toString());
    }

    @Test
    void read_twoClasses_ordersByClassThenPositionWithGreyBytes() throws IOException {
        writeDigits("0", 2, 1.0);
        writeDigits("1", 3, 0.5);
        MnistJsonDataset ds = new MnistJsonDataset("mnist/all", dir, DIGITS);
        assertThat(ds.name()).isEqualTo("mnist/all");
        assertThat(ds.classIds()).containsExactly("0", "1");
        assertThat(ds.classNames()).containsExactly("zero", "one");
        assertThat(ds.size()).isEqualTo(5);
        assertThat(ds.labels()).containsExactly(0, 0, 1, 1, 1);
        assertThat(ds.id(4)).isEqualTo("1/0002");
        BufferedImage image = ds.image(4);
        assertThat(image.getType()).isEqualTo(BufferedImage.TYPE_BYTE_GRAY);
        assertThat(image.getWidth()).isEqualTo(28);
        int[] firstRow = image.getRaster().getSamples(0, 0, 3, 1, 0, new int[3]);
        assertThat(firstRow).containsExactly(128, 51, 0);
        assertThat(ds.image(0).getRaster().getSample(0, 0, 0)).isEqualTo(255);
    }

    @Test
    void read_valueOutsideUnitRange_throwsNamingFile() throws IOException {
        writeDigits("0", 1, 1.5);
        writeDigits("1", 1, 0.0);
        assertThatThrownBy(() -> new MnistJsonDataset("mnist/all", dir, DIGITS))
                .isInstanceOf(DataException.class).hasMessageContaining("0.json").hasMessageContaining("outside 0..1");
    }

    @Test
    void read_lengthNotMultipleOf784_throwsNamingFile() throws IOException {
        Files.writeString(dir.resolve("0.json"), "{\"data\": [0, 0.5, 1]}");
        writeDigits("1", 1, 0.0);
        assertThatThrownBy(() -> new MnistJsonDataset("mnist/all", dir, DIGITS))
                .isInstanceOf(DataException.class).hasMessageContaining("0.json").hasMessageContaining("784");
    }

    @Test
    void read_missingClassFile_throwsNamingFile() throws IOException {
        writeDigits("0", 1, 0.0);
        assertThatThrownBy(() -> new MnistJsonDataset("mnist/all", dir, DIGITS))
                .isInstanceOf(DataException.class).hasMessageContaining("1.json").hasMessageContaining("missing");
    }
}
