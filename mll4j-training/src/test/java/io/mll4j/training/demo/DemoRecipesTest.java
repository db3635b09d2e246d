package io.mll4j.training.demo;

import io.mll4j.exception.DataException;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class DemoRecipesTest {
    private static final Path REPO = Path.of(System.getProperty("mll4j.repo.root", "..")).toAbsolutePath().normalize();

    private static final String CLASSES = """
            "classes": {
              "mnist/0": {"names": ["zero", "0"], "gloss": "a number", "hypernym": "digit"},
              "mnist/1": {"names": ["one", "1"], "gloss": "a number", "hypernym": "digit"}
            }""";
    private static final String EXPERT = """
            {"kind": "expert", "id": "%s", "classes": ["mnist/0", "%s"], "input": {"color": "GRAY", "size": 8},
             "layers": [{"type": "flatten"}, {"type": "linear", "out": 2}],
             "training": {"perClass": 10, "epochs": 1, "batchSize": 8, "learningRate": 0.01, "seed": 1, "threads": 1}}""";

    private static DemoRecipes parse(Path dir, String recipes) throws Exception {
        Path file = dir.resolve("recipes.json");
        Files.writeString(file, "{\"version\": 1, " + CLASSES + ", \"recipes\": [" + recipes + "]}");
        return DemoRecipes.read(file);
    }

    @Test
    void read_expertAndConse_givesRecipesInOrder(@TempDir Path dir) throws Exception {
        DemoRecipes r = parse(dir, EXPERT.formatted("e", "mnist/1")
                + ", {\"kind\": \"conse\", \"id\": \"c\", \"expert\": \"e\", \"textEncoder\": \"x\", \"topK\": 2}");
        assertThat(r.recipes()).extracting(Recipe::id).containsExactly("e", "c");
        Recipe.Expert e = (Recipe.Expert) r.recipes().getFirst();
        assertThat(e.architecture().outputSize()).isEqualTo(2);
        assertThat(e.input().preprocessing().resize()).isEqualTo(8);
        assertThat(r.select(List.of("c"))).extracting(Recipe::id).containsExactly("c");
    }

    @Test
    void read_unknownClass_namesRecipeAndClass(@TempDir Path dir) {
        assertThatThrownBy(() -> parse(dir, EXPERT.formatted("e", "mnist/7")))
                .isInstanceOf(DataException.class).hasMessageContaining("e:").hasMessageContaining("mnist/7");
    }

    @Test
    void read_duplicateId_isRejected(@TempDir Path dir) {
        assertThatThrownBy(() -> parse(dir, EXPERT.formatted("e", "mnist/1") + "," + EXPERT.formatted("e", "mnist/1")))
                .isInstanceOf(DataException.class).hasMessageContaining("'e' appears twice");
    }

    @Test
    void read_conseBeforeItsExpert_isRejected(@TempDir Path dir) {
        assertThatThrownBy(() -> parse(dir, "{\"kind\": \"conse\", \"id\": \"c\", \"expert\": \"e\", \"textEncoder\":"
                + " \"x\", \"topK\": 2}, " + EXPERT.formatted("e", "mnist/1")))
                .isInstanceOf(DataException.class).hasMessageContaining("c: expert 'e'");
    }

    @Test
    void expert_networkNotEndingInOneOutputPerClass_namesTheRecipe(@TempDir Path dir) throws Exception {
        DemoRecipes r = parse(dir, EXPERT.formatted("e", "mnist/1").replace("\"out\": 2", "\"out\": 3"));
        assertThatThrownBy(() -> ((Recipe.Expert) r.recipes().getFirst()).architecture())
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("e: the network ends in 3 outputs");
    }

    @Test
    void select_unknownId_namesIt(@TempDir Path dir) throws Exception {
        DemoRecipes r = parse(dir, EXPERT.formatted("e", "mnist/1"));
        assertThatThrownBy(() -> r.select(List.of("nope"))).hasMessageContaining("'nope'");
    }

    @Test
    void vlm_heldOutOutsideItsPool_isRejected() {
        assertThatThrownBy(() -> new Recipe.Vlm("v", List.of(ClassRef.parse("mnist/0")), List.of(ClassRef.parse("mnist/1")),
                new InputSpec(io.mll4j.image.Preprocessing.ColorMode.GRAY, 8), List.of(), null, "x", List.of(TextKind.NAME)))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("heldOut");
    }

    /** The committed recipes: valid, and as diverse as the demo hub promises. */
    @Test
    void read_committedRecipes_holdTwelveExpertsEightVlmsAndConseComposites() {
        DemoRecipes r = DemoRecipes.read(REPO.resolve("hub-demo/recipes.json"));
        List<Recipe> recipes = r.recipes();
        assertThat(recipes.stream().filter(x -> x instanceof Recipe.Expert)).hasSizeGreaterThanOrEqualTo(12);
        assertThat(recipes.stream().filter(x -> x instanceof Recipe.Import)).isNotEmpty();
        assertThat(recipes.stream().filter(x -> x instanceof Recipe.Conse)).isNotEmpty();
        List<Recipe.Vlm> vlms = recipes.stream().filter(x -> x instanceof Recipe.Vlm).map(x -> (Recipe.Vlm) x).toList();
        assertThat(vlms).hasSizeGreaterThanOrEqualTo(8);
        assertThat(vlms).extracting(Recipe.Vlm::textEncoder).contains("all-minilm-l6-v2-q", "bge-small-en-v1.5-q",
                "e5-small-v2-q");
        assertThat(vlms).anySatisfy(v -> assertThat(v.heldOut()).isNotEmpty());
        vlms.forEach(v -> assertThat(v.architecture(384).outputSize()).isEqualTo(384));
        recipes.stream().filter(x -> x instanceof Recipe.Expert).map(x -> (Recipe.Expert) x)
                .forEach(Recipe.Expert::architecture);
    }

    @Test
    void classRef_malformed_isRejected() {
        assertThat(ClassRef.parse("fashion-mnist/t-shirt-top").dataset()).isEqualTo("fashion-mnist");
        assertThatThrownBy(() -> ClassRef.parse("cat")).hasMessageContaining("dataset/classId");
    }
}
