package io.mll4j.testkit;

import io.mll4j.graph.NodeText;
import io.mll4j.hub.ModelHub;
import io.mll4j.label.HubLabeler;
import io.mll4j.label.LabelStore;
import io.mll4j.model.TextEmbedder;
import io.mll4j.onnx.HubModels;
import io.mll4j.onnx.text.TextEncoders;
import io.mll4j.util.Json;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

/**
 * {@link ColourWorld} ready to serve, for tests that run the {@code mll} program itself (browser test, load test):
 * <pre>
 * DIR/home/          mll4j home: data/colours/*.png and graph/ (MLL4J_HOME)
 * DIR/hub/           vlm-a, vlm-b, vlm-c, labeled with both node texts (paper and code variants), and the experts
 *                    warm [red, yellow] and cool [green, blue], labeled (so that CHCO can combine them)
 * DIR/packages/vlm-d a package to register (tower.onnx + manifest.json); packages/warm, packages/cool: the experts
 * DIR/uploads/       images to upload: red-0.png, yellow-1.png, green-2.png, blue-1.png and broken.png (corrupt)
 * </pre>
 * {@code java -jar mll4j-testkit.jar DIR} writes it.
 */
public final class ColourFixture {
    /** Name of the corrupt upload sample. */
    public static final String CORRUPT = "broken.png";

    private ColourFixture() {
    }

    public static void main(String[] args) throws IOException {
        if (args.length != 1) {
            System.err.println("usage: java -jar mll4j-testkit.jar DIR");
            System.exit(2);
        }
        write(Path.of(args[0]));
        System.out.println(Path.of(args[0]).toAbsolutePath());
    }

    /** Writes the fixture under {@code dir} (which must not hold one already) and returns the world. */
    public static ColourWorld write(Path dir) throws IOException {
        ColourWorld world = new ColourWorld(dir.resolve("home"));
        Path hubDir = dir.resolve("hub");
        ColourWorld.buildHub(hubDir, dir.resolve("build"));
        ColourWorld.addExperts(hubDir, dir.resolve("packages"), "warm", "cool");
        try (ModelHub hub = ModelHub.builder().optDirectory(hubDir).build();
             HubModels models = HubModels.builder().optTextCacheDir(hubDir.resolve("cache").resolve("text")).build()) {
            // labels the experts too (once: their label does not depend on the node text)
            for (NodeText text : List.of(NodeText.NAME_WHICH_IS_GLOSS, NodeText.GLOSS)) {
                HubLabeler.builder().setHub(hub).setOpener(models).setStore(LabelStore.inHub(hubDir))
                        .setGraph(world.graph).setImageRoot(world.home.resolve("data")).optNodeText(text).build()
                        .labelAll();
            }
        }
        try (TextEmbedder minilm = TextEncoders.byId(ColourWorld.ENCODER).load()) {
            Path pkg = ColourWorld.writePackage(dir.resolve("packages"), "vlm-d", ColourWorld.beliefs(minilm));
            Json.writeAtomically(pkg.resolve("manifest.json"), ColourWorld.manifest("vlm-d"));
        }
        Path uploads = Files.createDirectories(dir.resolve("uploads"));
        int[] shades = {0, 1, 2, 1};
        for (int c = 0; c < ColourWorld.COLOURS.size(); c++) {
            String colour = ColourWorld.COLOURS.get(c);
            Files.copy(world.image(colour, shades[c]), uploads.resolve(colour + "-" + shades[c] + ".png"));
        }
        Files.write(uploads.resolve(CORRUPT), new byte[]{(byte) 0x89, 'P', 'N', 'G', 13, 10, 26, 10, 0, 0, 0});
        return world;
    }
}
