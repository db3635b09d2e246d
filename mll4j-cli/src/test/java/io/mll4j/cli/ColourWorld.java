package io.mll4j.cli;

import io.mll4j.graph.GraphStore;
import io.mll4j.graph.InMemoryLexicon;
import io.mll4j.graph.NodeImage;
import io.mll4j.graph.NodeText;
import io.mll4j.graph.SemanticGraph;
import io.mll4j.graph.Synset;
import io.mll4j.hub.ModelFile;
import io.mll4j.hub.ModelHub;
import io.mll4j.hub.ModelKind;
import io.mll4j.hub.ModelManifest;
import io.mll4j.hub.ModelPackage;
import io.mll4j.image.Preprocessing;
import io.mll4j.model.TextEmbedder;
import io.mll4j.onnx.OnnxModelChecker;
import io.mll4j.onnx.build.OnnxGraphBuilder;
import io.mll4j.onnx.build.OnnxGraphBuilder.ElementType;
import io.mll4j.onnx.text.TextEncoders;
import io.mll4j.util.Hashes;

import javax.imageio.ImageIO;
import java.awt.image.BufferedImage;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * A tiny real world for pipeline tests: four colour synsets (real WordNet 3.0 ids, lemmas and glosses) under
 * "chromatic color" in an {@link InMemoryLexicon} graph, three solid-colour PNGs per colour, and three VLMs in a real
 * hub. Each VLM's image tower is a real ONNX graph: mean colour → nearest of four colour prototypes (softmax over
 * 50·(2x·c − |c|²), practically one-hot) → a row of W. Row k of W is the model's belief about colour k: the
 * normalised sum of the real MiniLM embeddings of every text that names that colour (both node texts, the prompt and
 * the raw name). The text tower is MiniLM itself (textEncoder id). The models differ in what they believe:
 * <ul>
 * <li>{@code vlm-a} sees red as yellow, the rest right;</li>
 * <li>{@code vlm-b} sees blue as green, the rest right;</li>
 * <li>{@code vlm-c} sees green as blue and yellow as red.</li>
 * </ul>
 */
final class ColourWorld {
    static final String ENCODER = "all-minilm-l6-v2-q";
    static final List<String> COLOURS = List.of("red", "yellow", "green", "blue");
    static final Map<String, String> IDS = Map.of("red", "n04962784", "yellow", "n04965661", "green", "n04967191",
            "blue", "n04968895");
    static final String CHROMATIC = "n04959672";
    /** Pure prototype colours, in {@link #COLOURS} order. */
    static final float[][] PROTOTYPES = {{1, 0, 0}, {1, 1, 0}, {0, 1, 0}, {0, 0, 1}};
    /** Three shades per colour (0–255). */
    static final int[][][] SHADES = {
            {{255, 0, 0}, {235, 20, 15}, {215, 10, 30}},
            {{255, 255, 0}, {240, 230, 20}, {225, 240, 10}},
            {{0, 255, 0}, {20, 230, 25}, {10, 210, 40}},
            {{0, 0, 255}, {15, 25, 235}, {30, 10, 215}}};
    /** Per model, which colour each prototype is believed to be (index into {@link #COLOURS}). */
    static final Map<String, int[]> BELIEFS = Map.of(
            "vlm-a", new int[]{1, 1, 2, 3},
            "vlm-b", new int[]{0, 1, 2, 2},
            "vlm-c", new int[]{0, 0, 3, 3});
    static final Preprocessing PIXELS = new Preprocessing(Preprocessing.ColorMode.RGB, 8, true,
            Preprocessing.Interpolation.NEAREST, 0, 1f / 255f, new float[]{0, 0, 0}, new float[]{1, 1, 1},
            Preprocessing.Layout.NCHW);

    final Path home;
    final InMemoryLexicon lexicon;
    final SemanticGraph graph;

    /** Writes images and saves the graph under {@code home} (the mll4j home: data/ and graph/). */
    ColourWorld(Path home) throws IOException {
        this.home = home;
        this.lexicon = lexicon();
        Map<String, List<NodeImage>> leaves = new LinkedHashMap<>();
        for (int c = 0; c < COLOURS.size(); c++) {
            List<NodeImage> images = new ArrayList<>();
            for (int s = 0; s < 3; s++) {
                String path = "colours/" + COLOURS.get(c) + "-" + s + ".png";
                Path file = writeSolid(home.resolve("data").resolve(path), SHADES[c][s]);
                images.add(new NodeImage(path, Hashes.sha256(file), "test"));
            }
            leaves.put(IDS.get(COLOURS.get(c)), images);
        }
        this.graph = SemanticGraph.builder().setLexicon(lexicon).setLeafImages(leaves).build();
        new GraphStore(home.resolve("graph")).save(graph);
    }

    static InMemoryLexicon lexicon() {
        return InMemoryLexicon.builder()
                .add(new Synset(CHROMATIC, List.of("chromatic color", "chromatic colour", "spectral color",
                        "spectral colour"), "a color that has hue"))
                .add(new Synset(IDS.get("red"), List.of("red", "redness"),
                        "red color or pigment; the chromatic color resembling the hue of blood"), CHROMATIC)
                .add(new Synset(IDS.get("yellow"), List.of("yellow", "yellowness"),
                        "yellow color or pigment; the chromatic color resembling the hue of sunflowers or ripe lemons"),
                        CHROMATIC)
                .add(new Synset(IDS.get("green"), List.of("green", "greenness", "viridity"),
                        "green color or pigment; resembling the color of growing grass"), CHROMATIC)
                .add(new Synset(IDS.get("blue"), List.of("blue", "blueness"), "blue color or pigment; resembling the "
                        + "color of the clear sky in the daytime; \"he had eyes of bright blue\""), CHROMATIC)
                .build();
    }

    Path image(String colour, int shade) {
        return home.resolve("data").resolve("colours").resolve(colour + "-" + shade + ".png");
    }

    /** Every image, colour by colour. */
    List<Path> images() {
        List<Path> out = new ArrayList<>();
        COLOURS.forEach(c -> {
            for (int s = 0; s < 3; s++) {
                out.add(image(c, s));
            }
        });
        return out;
    }

    static Path writeSolid(Path file, int[] rgb) throws IOException {
        BufferedImage img = new BufferedImage(8, 8, BufferedImage.TYPE_INT_RGB);
        for (int x = 0; x < 8; x++) {
            for (int y = 0; y < 8; y++) {
                img.setRGB(x, y, (rgb[0] << 16) | (rgb[1] << 8) | rgb[2]);
            }
        }
        Files.createDirectories(file.getParent());
        ImageIO.write(img, "png", file.toFile());
        return file;
    }

    /** The normalised sum of MiniLM embeddings of every text naming the colour: a model's belief about it. */
    static float[] belief(TextEmbedder minilm, String colour) {
        Synset s = lexicon().synset(IDS.get(colour)).orElseThrow();
        float[][] e = minilm.embed(List.of(NodeText.NAME_WHICH_IS_GLOSS.of(s), NodeText.GLOSS.of(s),
                "a photo of a " + colour + ".", colour));
        float[] sum = new float[e[0].length];
        for (float[] v : e) {
            for (int i = 0; i < sum.length; i++) {
                sum[i] += v[i];
            }
        }
        double n = 0;
        for (float v : sum) {
            n += (double) v * v;
        }
        for (int i = 0; i < sum.length; i++) {
            sum[i] /= (float) Math.sqrt(n);
        }
        return sum;
    }

    /** Builds the three models' packages under {@code dir} and admits them to a hub at {@code hubDir}. */
    static void buildHub(Path hubDir, Path dir) throws IOException {
        try (TextEmbedder minilm = TextEncoders.byId(ENCODER).load();
             ModelHub hub = ModelHub.builder().optDirectory(hubDir)
                     .optChecker(OnnxModelChecker.builder().optWarmupRuns(1).optTimedRuns(3)
                             .optTextEncoderDimension(ENCODER, 384).build()).build()) {
            float[][] beliefs = COLOURS.stream().map(c -> belief(minilm, c)).toArray(float[][]::new);
            for (String id : List.of("vlm-a", "vlm-b", "vlm-c")) {
                Path pkg = Files.createDirectories(dir.resolve(id));
                writeTower(pkg.resolve("tower.onnx"), id, beliefs, BELIEFS.get(id));
                hub.add(new ModelPackage(manifest(id), pkg));
            }
        }
    }

    static ModelManifest manifest(String id) {
        return ModelManifest.builder().setId(id).setKind(ModelKind.VLM)
                .addFile(ModelFile.of(ModelFile.IMAGE_TOWER, "tower.onnx")).setPreprocessing(PIXELS)
                .optTextEncoder(ENCODER).build();
    }

    /** The embedding a model gives a solid image of this prototype: its belief row (the softmax is one-hot). */
    static float[] embedding(float[][] beliefs, String model, int prototype) {
        return beliefs[BELIEFS.get(model)[prototype]];
    }

    private static void writeTower(Path file, String id, float[][] beliefs, int[] believed) {
        int k = PROTOTYPES.length;
        int d = beliefs[0].length;
        float beta = 50f;
        float[] p = new float[3 * k];
        float[] b = new float[k];
        float[] w = new float[k * d];
        for (int j = 0; j < k; j++) {
            float norm = 0;
            for (int i = 0; i < 3; i++) {
                p[i * k + j] = 2 * beta * PROTOTYPES[j][i];
                norm += PROTOTYPES[j][i] * PROTOTYPES[j][i];
            }
            b[j] = -beta * norm;
            System.arraycopy(beliefs[believed[j]], 0, w, j * d, d);
        }
        OnnxGraphBuilder.create("colour-tower-" + id)
                .input("pixels", ElementType.FLOAT, -1, 3, 8, 8)
                .initializer("P", p, 3, k).initializer("b", b, k).initializer("W", w, k, d)
                .reduceMean("pixels", new long[]{2, 3}, false, "rgb")
                .gemm("rgb", "P", "b", "logits")
                .softmax("logits", 1, "weights")
                .matMul("weights", "W", "embedding")
                .output("embedding", ElementType.FLOAT, -1, d)
                .write(file);
    }
}
