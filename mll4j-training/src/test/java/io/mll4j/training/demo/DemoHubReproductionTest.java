package io.mll4j.training.demo;

import io.mll4j.hub.HubEntry;
import io.mll4j.hub.ModelFile;
import io.mll4j.hub.ModelHub;
import io.mll4j.util.Hashes;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Path;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Rebuilds the smallest committed demo-hub model from its recipe and checks that the ONNX bytes are those committed
 * in {@code hub-demo/} (bit for bit: same seed, same thread count, same data, deterministic export), and that the
 * skip-existing rule then leaves it alone.
 */
@Tag("data")
class DemoHubReproductionTest {
    private static final String SMALL = "digits-0-4-mlp14";
    private static final Path REPO = Path.of(System.getProperty("mll4j.repo.root", "..")).toAbsolutePath().normalize();
    private static final Path COMMITTED = REPO.resolve("hub-demo");

    @Test
    void build_smallRecipe_reproducesTheCommittedOnnxBitForBit(@TempDir Path hub) {
        DemoRecipes recipes = DemoRecipes.read(COMMITTED.resolve("recipes.json"));
        DemoHubBuilder builder = DemoHubBuilder.builder().setRecipes(recipes).setHubDirectory(hub).setRepoRoot(REPO)
                .optOnly(List.of(SMALL)).optTextCache(null).build();

        DemoBuildReport first = builder.run();
        DemoBuildReport second = builder.run();

        String committed;
        try (ModelHub committedHub = ModelHub.builder().optDirectory(COMMITTED).build()) {
            committed = committedHub.get(SMALL).manifest().file(ModelFile.MODEL).orElseThrow().sha256();
        }
        try (ModelHub rebuilt = ModelHub.builder().optDirectory(hub).build()) {
            HubEntry entry = rebuilt.get(SMALL);
            assertThat(Hashes.sha256(entry.file(ModelFile.MODEL))).isEqualTo(committed);
            assertThat(entry.manifest().generalScore()).isNotNull();
        }
        assertThat(first.outcomes()).singleElement().satisfies(o -> assertThat(o.built()).isTrue());
        assertThat(second.outcomes()).singleElement().satisfies(o -> assertThat(o.built()).isFalse());
    }
}
