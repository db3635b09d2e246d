package io.mll4j.interop;

import io.mll4j.exception.DataException;
import io.mll4j.label.DenseNodeScores;
import io.mll4j.label.index.DenseRows;
import io.mll4j.label.index.ExactRows;
import io.mll4j.label.index.TopNIndex;
import io.mll4j.progress.Progress;
import io.mll4j.util.Json;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import java.io.IOException;
import java.net.URISyntaxException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Random;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** Golden pickles written by Python and numpy 2 (make_fixtures.py beside them). */
class OfficialLabelsTest {
    @TempDir
    Path dir;

    static Path fixture(String name) {
        try {
            return Path.of(OfficialLabelsTest.class.getResource(name).toURI());
        } catch (URISyntaxException e) {
            throw new IllegalStateException(e);
        }
    }

    static float[][][] expectedRows() throws IOException {
        double[][][] values = Json.mapper().readValue(fixture("label_values.json").toFile(), double[][][].class);
        float[][][] out = new float[values.length][][];
        for (int u = 0; u < values.length; u++) {
            out[u] = new float[values[u].length][];
            for (int i = 0; i < values[u].length; i++) {
                out[u][i] = new float[values[u][i].length];
                for (int v = 0; v < values[u][i].length; v++) {
                    out[u][i][v] = (float) values[u][i][v];
                }
            }
        }
        return out;
    }

    @ParameterizedTest
    @ValueSource(strings = {"label_f16_p4.pkl", "label_f32_p5.pkl", "label_f64_be_p2.pkl", "label_f32_numpy1_p4.pkl",
            "label_matrix.pkl", "label_lists.pkl", "label_scalars.pkl"})
    void read_pythonWrittenPickle_givesTheOfficialRows(String name) throws IOException {
        assertThat(OfficialLabels.read(fixture(name))).isDeepEqualTo(expectedRows());
    }

    @ParameterizedTest
    @ValueSource(strings = {"label_f16_p4.pkl", "label_f32_p5.pkl", "label_f32_numpy1_p4.pkl", "label_matrix.pkl"})
    void open_rawNumpyRows_readsInPlaceLikeMemory(String name) throws IOException {
        DenseRows memory = new DenseRows(expectedRows());
        PickledRows inPlace = PickledRows.open(fixture(name));
        assertThat(inPlace.rowCount()).isEqualTo(memory.rowCount());
        double[] a = new double[5];
        double[] b = new double[5];
        Random random = new Random(2);
        for (int u = 0; u < 5; u++) {
            assertThat(inPlace.rowsOf(u)).isEqualTo(memory.rowsOf(u));
            for (int row : memory.rowsOf(u)) {
                inPlace.scores(row, a);
                memory.scores(row, b);
                assertThat(a).containsExactly(b);
                int[] candidates = random.ints(0, 5).distinct().limit(1 + random.nextInt(5)).toArray();
                assertThat(inPlace.argmaxAmong(row, candidates)).isEqualTo(memory.argmaxAmong(row, candidates));
            }
        }
    }

    @ParameterizedTest
    @ValueSource(strings = {"label_f64_be_p2.pkl", "label_lists.pkl"})
    void open_rowsNotStoredRaw_saysToReadIntoMemory(String name) {
        assertThatThrownBy(() -> PickledRows.open(fixture(name))).isInstanceOf(DataException.class)
                .hasMessageContaining(name).hasMessageContaining("into memory");
    }

    @ParameterizedTest
    @ValueSource(strings = {"label_f16_p4.pkl", "label_lists.pkl"})
    void writeIndex_anyFormat_indexAnswersLikeFullRows(String name) throws IOException {
        Path index = dir.resolve("label.idx");
        ExactRows exact = OfficialLabels.writeIndex(fixture(name), index, 2, null, Progress.NONE);
        DenseNodeScores full = new DenseNodeScores(expectedRows());
        try (TopNIndex top = TopNIndex.open(index, exact)) {
            for (int[] candidates : new int[][]{{0, 1, 2, 3, 4}, {4, 2}, {2, 4}, {3}, {1, 0}}) {
                for (int u = 0; u < 5; u++) {
                    assertThat(top.argmaxAmong(u, candidates)).containsExactly(full.argmaxAmong(u, candidates));
                }
            }
        }
    }

    @Test
    void writeIndex_otherNodeOrder_permutesNodesAndColumns() throws IOException {
        // the pickle's order is reversed in the graph: graph node g is source node 4 - g
        int[] graphToSource = ReorderedRows.graphToSource(java.util.List.of("e", "d", "c", "b", "a"),
                java.util.List.of("a", "b", "c", "d", "e"));
        assertThat(graphToSource).containsExactly(4, 3, 2, 1, 0);
        ExactRows exact = OfficialLabels.writeIndex(fixture("label_f16_p4.pkl"), dir.resolve("r.idx"), 2,
                graphToSource, Progress.NONE);
        float[][][] rows = expectedRows();
        try (TopNIndex top = TopNIndex.open(dir.resolve("r.idx"), exact)) {
            assertThat(top.imageCount(0)).isEqualTo(rows[4].length);
            // source node 0, image 1 has its maximum 31.0 tied on source nodes 2 and 4 = graph nodes 2 and 0
            assertThat(top.argmaxAmong(4, new int[]{2, 0})).containsExactly(0, 0, 0);
            assertThat(top.argmaxAmong(4, new int[]{0, 2})[1]).isZero();
        }
    }

    @Test
    void read_torchTensors_explainsHowToConvert() throws IOException {
        Path file = dir.resolve("torch.pkl");
        Files.write(file, "\u0080\u0002]]ctorch._utils\n_rebuild_tensor_v2\n)Raa.".getBytes(StandardCharsets.ISO_8859_1));
        assertThatThrownBy(() -> OfficialLabels.read(file)).isInstanceOf(DataException.class)
                .hasMessageContaining("torch.pkl").hasMessageContaining("numpy()");
    }

    @Test
    void read_notALabel_namesFileAndProblem() throws IOException {
        Path dict = dir.resolve("dict.pkl");
        Files.write(dict, "\u0080\u0002}.".getBytes(StandardCharsets.ISO_8859_1));
        assertThatThrownBy(() -> OfficialLabels.read(dict)).hasMessageContaining("dict.pkl")
                .hasMessageContaining("expected a list");
        Path truncated = dir.resolve("cut.pkl");
        byte[] bytes = Files.readAllBytes(fixture("label_f16_p4.pkl"));
        Files.write(truncated, java.util.Arrays.copyOf(bytes, bytes.length / 2));
        assertThatThrownBy(() -> OfficialLabels.read(truncated)).isInstanceOf(DataException.class)
                .hasMessageContaining("cut.pkl");
        assertThatThrownBy(() -> OfficialLabels.read(dir.resolve("absent.pkl"))).isInstanceOf(DataException.class)
                .hasMessageContaining("absent.pkl");
    }

    @Test
    void read_rowOfWrongWidth_namesNodeAndImage() throws IOException {
        Path file = dir.resolve("ragged.pkl");
        // node 1 image 0 has one score for two nodes
        Files.write(file, new net.razorvine.pickle.Pickler(false).dumps(java.util.List.of(
                java.util.List.of(java.util.List.of(1.0, 2.0)), java.util.List.of(java.util.List.of(1.0)))));
        assertThatThrownBy(() -> OfficialLabels.read(file)).hasMessageContaining("ragged.pkl")
                .hasMessageContaining("node 1 image 0 has 1 scores");
    }
}
