package io.mll4j.interop;

import io.mll4j.label.DenseNodeScores;
import io.mll4j.label.EmbeddingLabel;
import io.mll4j.label.NodeScores;
import io.mll4j.label.index.ExactRows;
import io.mll4j.label.index.TopNIndex;
import io.mll4j.match.NodeMatching;
import io.mll4j.progress.Progress;
import io.mll4j.select.ReuseScores;
import io.mll4j.select.SelectionConfig;
import net.razorvine.pickle.Opcodes;
import net.razorvine.pickle.Pickler;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.function.Function;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The acceptance round trip: the project's own labels are written as official label pickles by a Pyrolite fixture
 * (rows as Python float lists, and as numpy float32 arrays pickled exactly as numpy reduces them), imported, and
 * select the same models, into the same official file bytes, for the paper and the code-faithful variants.
 */
class RoundTripTest {
    private static final int MODELS = 5;
    private static final int NODES = 60;
    private static final int DIM = 10;

    @TempDir
    Path dir;

    /** A numpy float32 row for the fixture pickler. */
    record NumpyRow(float[] values) {
    }

    /** A Python global reference, e.g. {@code numpy.ndarray}. */
    record PyGlobal(String module, String name) {
    }

    static {
        Pickler.registerCustomPickler(PyGlobal.class, (o, out, p) -> global(out, (PyGlobal) o));
        Pickler.registerCustomPickler(NumpyRow.class, RoundTripTest::numpyRow);
    }

    private static void global(OutputStream out, PyGlobal g) throws IOException {
        out.write(Opcodes.GLOBAL);
        out.write((g.module() + "\n" + g.name() + "\n").getBytes(StandardCharsets.US_ASCII));
    }

    /** numpy's reduction: {@code _reconstruct(ndarray, (0,), b'b')}, then BUILD with (1, shape, dtype, False, raw). */
    private static void numpyRow(Object o, OutputStream out, Pickler p) throws IOException {
        float[] v = ((NumpyRow) o).values();
        global(out, new PyGlobal("numpy.core.multiarray", "_reconstruct"));
        p.save(new Object[]{new PyGlobal("numpy", "ndarray"), new Object[]{0}, "b".getBytes(StandardCharsets.US_ASCII)});
        out.write(Opcodes.REDUCE);
        out.write(Opcodes.MARK);
        p.save(1);
        p.save(new Object[]{v.length});
        global(out, new PyGlobal("numpy", "dtype"));
        p.save(new Object[]{"f4", false, true});
        out.write(Opcodes.REDUCE);
        p.save(new Object[]{3, "<", null, null, null, -1, -1, 0});
        out.write(Opcodes.BUILD);
        p.save(false);
        ByteBuffer raw = ByteBuffer.allocate(4 * v.length).order(ByteOrder.LITTLE_ENDIAN);
        raw.asFloatBuffer().put(v);
        p.save(raw.array());
        out.write(Opcodes.TUPLE);
        out.write(Opcodes.BUILD);
    }

    /** The official pickle of a label: per node, per image, the full row in the given Python form. */
    private static byte[] officialPickle(float[][][] rows, Function<float[], Object> rowForm) throws IOException {
        List<List<Object>> nodes = new ArrayList<>();
        for (float[][] node : rows) {
            List<Object> images = new ArrayList<>();
            for (float[] row : node) {
                images.add(rowForm.apply(row));
            }
            nodes.add(images);
        }
        return new Pickler(false).dumps(nodes);
    }

    private static List<Double> pythonFloats(float[] row) {
        List<Double> out = new ArrayList<>();
        for (float f : row) {
            out.add((double) f);
        }
        return out;
    }

    @Test
    void importedOfficialPickles_selectTheSameModelsAsTheProjectsLabels() throws IOException {
        Random random = new Random(17);
        float[][] texts = unitVectors(random, NODES, DIM);
        List<EmbeddingLabel> labels = new ArrayList<>();
        List<DenseNodeScores> projectRows = new ArrayList<>();
        List<NodeScores> fromLists = new ArrayList<>();
        List<NodeScores> fromNumpy = new ArrayList<>();
        List<TopNIndex> indexes = new ArrayList<>();
        List<String> names = new ArrayList<>();
        for (int m = 0; m < MODELS; m++) {
            int[][] nodeImages = new int[NODES][];
            float[][] images = new float[NODES * 3][];
            for (int u = 0; u < NODES; u++) {
                nodeImages[u] = new int[]{3 * u, 3 * u + 1, 3 * u + 2};
                for (int i = 0; i < 3; i++) {
                    // each model is good on its own stretch of nodes, so classes pick different models
                    boolean strong = Math.floorMod(u - 12 * m, NODES) < 24;
                    images[3 * u + i] = noisy(random, texts[u], strong ? 0.3 : 1.2);
                }
            }
            EmbeddingLabel label = new EmbeddingLabel(images, texts, nodeImages);
            labels.add(label);
            // the official rows: 100·cos of every image with every node text, as label.py stores them
            float[][][] rows = new float[NODES][3][];
            for (int u = 0; u < NODES; u++) {
                for (int i = 0; i < 3; i++) {
                    rows[u][i] = label.scoreRow(nodeImages[u][i]);
                }
            }
            projectRows.add(new DenseNodeScores(rows));
            names.add("ViT-" + m + "_synthetic");
            Path lists = dir.resolve("lists").resolve(OfficialLabels.fileName("ViT-" + m, "synthetic"));
            Path numpy = dir.resolve("numpy").resolve(OfficialLabels.fileName("ViT-" + m, "synthetic"));
            Files.createDirectories(lists.getParent());
            Files.createDirectories(numpy.getParent());
            Files.write(lists, officialPickle(rows, RoundTripTest::pythonFloats));
            Files.write(numpy, officialPickle(rows, NumpyRow::new));
            fromLists.add(OfficialLabels.readScores(lists));
            fromNumpy.add(OfficialLabels.readScores(numpy));
            Path index = dir.resolve("index-" + m + ".idx");
            ExactRows exact = OfficialLabels.writeIndex(numpy, index, 3, null, Progress.NONE);
            indexes.add(TopNIndex.open(index, exact));
        }
        List<String> classes = new ArrayList<>();
        for (int y = 0; y < 8; y++) {
            classes.add("class " + y);
        }
        NodeMatching matching = NodeMatching.topN(unitVectors(random, classes.size(), DIM), texts, 5);
        ReuseScores paper = ReuseScores.compute(projectRows, matching.selectedNodes(), matching.z(),
                SelectionConfig.paper());
        assertThat(java.util.stream.IntStream.range(0, classes.size()).map(y -> paper.topK(y, 1).get(0)).distinct()
                .count()).as("classes choose different models").isGreaterThanOrEqualTo(3);
        for (SelectionConfig config : List.of(SelectionConfig.paper(), SelectionConfig.officialCode())) {
            for (int k : new int[]{1, 3}) {
                byte[] expected = officialBytes(projectRows, matching, config, classes, names, k);
                assertThat(officialBytes(labels, matching, config, classes, names, k))
                        .as("embedding label = its own full rows").isEqualTo(expected);
                assertThat(officialBytes(fromLists, matching, config, classes, names, k)).isEqualTo(expected);
                assertThat(officialBytes(fromNumpy, matching, config, classes, names, k)).isEqualTo(expected);
                assertThat(officialBytes(indexes, matching, config, classes, names, k)).isEqualTo(expected);
            }
        }
        indexes.forEach(TopNIndex::close);
    }

    private static byte[] officialBytes(List<? extends NodeScores> models, NodeMatching matching,
                                        SelectionConfig config, List<String> classes, List<String> names, int k) {
        ReuseScores scores = ReuseScores.compute(models, matching.selectedNodes(), matching.z(), config);
        Map<String, List<String>> selection = OfficialSelection.of(classes, names, scores, k);
        return OfficialSelection.bytes(selection);
    }

    private static float[][] unitVectors(Random random, int count, int dim) {
        float[][] out = new float[count][];
        for (int i = 0; i < count; i++) {
            float[] v = new float[dim];
            for (int d = 0; d < dim; d++) {
                v[d] = (float) random.nextGaussian();
            }
            out[i] = normalize(v);
        }
        return out;
    }

    private static float[] noisy(Random random, float[] centre, double noise) {
        float[] v = centre.clone();
        for (int d = 0; d < v.length; d++) {
            v[d] += (float) (noise * random.nextGaussian() / Math.sqrt(v.length));
        }
        return normalize(v);
    }

    private static float[] normalize(float[] v) {
        double s = 0;
        for (float x : v) {
            s += x * x;
        }
        for (int d = 0; d < v.length; d++) {
            v[d] /= (float) Math.sqrt(s);
        }
        return v;
    }
}
