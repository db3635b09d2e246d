package io.mll4j.testkit;

import io.mll4j.graph.GraphStore;
import io.mll4j.graph.InMemoryLexicon;
import io.mll4j.graph.NodeImage;
import io.mll4j.graph.NodeText;
import io.mll4j.graph.SemanticGraph;
import io.mll4j.graph.Synset;
import io.mll4j.hub.ClassLabel;
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
 * <li>{@code vlm-c} sees green as blue and yellow as red;</li>
 * <li>{@code vlm-d} (not in {@link #buildHub}'s hub: for tests that register a model) sees every colour right.</li>
 * </ul>
 * Two experts ({@link #addExperts}) classify the same way (mean colour → nearest prototype) into their own heads:
 * {@code warm} [red, yellow] calls green yellow and blue red; {@code cool} [green, blue] calls red and yellow blue.
 */
public final class ColourWorld {
    public static final String ENCODER = "all-minilm-l6-v2-q";
    public static final List<String> COLOURS = List.of("red", "yellow", "green", "blue");
    public static final Map<String, String> IDS = Map.of("red", "n04962784", "yellow", "n04965661", "green", "n04967191",
            "blue", "n04968895");
    public static final String CHROMATIC = "n04959672";
    /** Pure prototype colours, in {@link #COLOURS} order. */
    public static final float[][] PROTOTYPES = {{1, 0, 0}, {1, 1, 0}, {0, 1, 0}, {0, 0, 1}};
    /** Three shades per colour (0–255). */
    public static final int[][][] SHADES = {
            {{255, 0, 0}, {235, 20, 15}, {215, 10, 30}},
            {{255, 255, 0}, {240, 230, 20}, {225, 240, 10}},
            {{0, 255, 0}, {20, 230, 25}, {10, 210, 40}},
            {{0, 0, 255}, {15, 25, 235}, {30, 10, 215}}};
    /** Per model, which colour each prototype is believed to be (index into {@link #COLOURS}). */
    public static final Map<String, int[]> BELIEFS = Map.of(
            "vlm-a", new int[]{1, 1, 2, 3},
            "vlm-b", new int[]{0, 1, 2, 2},
            "vlm-c", new int[]{0, 0, 3, 3},
            "vlm-d", new int[]{0, 1, 2, 3});
    /** The ONNX file of each model package. */
    public static final String TOWER_FILE = "tower.onnx";
    public static final Preprocessing PIXELS = new Preprocessing(Preprocessing.ColorMode.RGB, 8, true,
            Preprocessing.Interpolation.NEAREST, 0, 1f / 255f, new float[]{0, 0, 0}, new float[]{1, 1, 1},
            Preprocessing.Layout.NCHW);

    /** Per expert: its head's colours, and per prototype (COLOURS order) the head label it answers. */
    public static final Map<String, List<String>> EXPERT_HEADS = Map.of("warm", List.of("red", "yellow"),
            "cool", List.of("green", "blue"));
    public static final Map<String, int[]> EXPERT_ANSWERS = Map.of("warm", new int[]{0, 1, 1, 0},
            "cool", new int[]{1, 1, 0, 1});

    public final Path home;
    public final InMemoryLexicon lexicon;
    public final SemanticGraph graph;

    /** Writes images and saves the graph under {@code home} (the mll4j home: data/ and graph/). */
    public ColourWorld(Path home) throws IOException {
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

    public static InMemoryLexicon lexicon() {
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

    public Path image(String colour, int shade) {
        return home.resolve("data").resolve("colours").resolve(colour + "-" + shade + ".png");
    }

    /** Every image, colour by colour. */
    public List<Path> images() {
        List<Path> out = new ArrayList<>();
        COLOURS.forEach(c -> {
            for (int s = 0; s < 3; s++) {
                out.add(image(c, s));
            }
        });
        return out;
    }

    public static Path writeSolid(Path file, int[] rgb) throws IOException {
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
    public static float[] belief(TextEmbedder minilm, String colour) {
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
    public static void buildHub(Path hubDir, Path dir) throws IOException {
        try (TextEmbedder minilm = TextEncoders.byId(ENCODER).load();
             ModelHub hub = ModelHub.builder().optDirectory(hubDir)
                     .optChecker(OnnxModelChecker.builder().optWarmupRuns(1).optTimedRuns(3)
                             .optTextEncoderDimension(ENCODER, 384).build()).build()) {
            float[][] beliefs = beliefs(minilm);
            for (String id : List.of("vlm-a", "vlm-b", "vlm-c")) {
                hub.add(new ModelPackage(manifest(id), writePackage(dir, id, beliefs)));
            }
        }
    }

    /** Every colour's {@link #belief}, in {@link #COLOURS} order. */
    public static float[][] beliefs(TextEmbedder minilm) {
        return COLOURS.stream().map(c -> belief(minilm, c)).toArray(float[][]::new);
    }

    /**
     * Writes one model's package ({@code dir/id/tower.onnx}) without admitting it, for tests that register models
     * themselves; {@code id} is a key of {@link #BELIEFS} ({@code vlm-d} sees every colour right).
     */
    public static Path writePackage(Path dir, String id, float[][] beliefs) throws IOException {
        Path pkg = Files.createDirectories(dir.resolve(id));
        writeTower(pkg.resolve(TOWER_FILE), id, beliefs, BELIEFS.get(id));
        return pkg;
    }

    public static ModelManifest manifest(String id) {
        return ModelManifest.builder().setId(id).setKind(ModelKind.VLM)
                .addFile(ModelFile.of(ModelFile.IMAGE_TOWER, TOWER_FILE)).setPreprocessing(PIXELS)
                .optTextEncoder(ENCODER).build();
    }

    /** The embedding a model gives a solid image of this prototype: its belief row (the softmax is one-hot). */
    public static float[] embedding(float[][] beliefs, String model, int prototype) {
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

    /**
     * The usual test layout under {@code dir}: the world in {@code home/}, its three VLMs (and the given experts of
     * {@link #EXPERT_HEADS}) admitted, unlabeled, to the hub in {@code hub/}, packages built in {@code packages/}.
     */
    public static ColourWorld withHub(Path dir, String... experts) throws IOException {
        ColourWorld world = new ColourWorld(dir.resolve("home"));
        buildHub(dir.resolve("hub"), dir.resolve("packages"));
        if (experts.length > 0) {
            addExperts(dir.resolve("hub"), dir.resolve("packages"), experts);
        }
        return world;
    }

    /** Builds the two experts' packages under {@code dir} and admits them to the hub at {@code hubDir}. */
    public static void addExperts(Path hubDir, Path dir, String... ids) throws IOException {
        try (ModelHub hub = ModelHub.builder().optDirectory(hubDir)
                .optChecker(OnnxModelChecker.builder().optWarmupRuns(1).optTimedRuns(3).build()).build()) {
            for (String id : ids) {
                Path pkg = Files.createDirectories(dir.resolve(id));
                writeExpert(pkg.resolve("model.onnx"), id);
                hub.add(new ModelPackage(ModelManifest.builder().setId(id).setKind(ModelKind.EXPERT)
                        .addFile(ModelFile.of(ModelFile.MODEL, "model.onnx")).setPreprocessing(PIXELS)
                        .optLabels(EXPERT_HEADS.get(id).stream().map(c -> new ClassLabel(c, IDS.get(c))).toList())
                        .build(), pkg));
            }
        }
    }

    /** Mean colour → nearest prototype (practically one-hot) → 50 on the label the expert answers for it. */
    private static void writeExpert(Path file, String id) {
        int k = PROTOTYPES.length;
        int labels = EXPERT_HEADS.get(id).size();
        float beta = 50f;
        float[] p = new float[3 * k];
        float[] b = new float[k];
        float[] w = new float[k * labels];
        for (int j = 0; j < k; j++) {
            float norm = 0;
            for (int i = 0; i < 3; i++) {
                p[i * k + j] = 2 * beta * PROTOTYPES[j][i];
                norm += PROTOTYPES[j][i] * PROTOTYPES[j][i];
            }
            b[j] = -beta * norm;
            w[j * labels + EXPERT_ANSWERS.get(id)[j]] = 50f;
        }
        OnnxGraphBuilder.create("colour-expert-" + id)
                .input("pixels", ElementType.FLOAT, -1, 3, 8, 8)
                .initializer("P", p, 3, k).initializer("b", b, k).initializer("W", w, k, labels)
                .reduceMean("pixels", new long[]{2, 3}, false, "rgb")
                .gemm("rgb", "P", "b", "prototype")
                .softmax("prototype", 1, "weights")
                .matMul("weights", "W", "logits")
                .output("logits", ElementType.FLOAT, -1, labels)
                .write(file);
    }
}
