package io.mll4j.graph;

import io.mll4j.exception.GraphException;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import java.util.zip.GZIPInputStream;
import java.util.zip.GZIPOutputStream;

import static io.mll4j.graph.TinyGraphs.CAT;
import static io.mll4j.graph.TinyGraphs.TOY_DOG;
import static io.mll4j.graph.TinyGraphs.images;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class GraphStoreTest {
    @TempDir
    Path dir;

    private static SemanticGraph graph(long seed) {
        return SemanticGraph.builder().setLexicon(TinyGraphs.lexicon())
                .setLeafImages(Map.of(CAT, images("cat", 12), TOY_DOG, images("toydog", 12)))
                .optCap(5).optSeed(seed).build();
    }

    @Test
    void read_writtenArtifact_sameGraph() {
        SemanticGraph graph = graph(0);

        SemanticGraph back = GraphArtifact.read(new ByteArrayInputStream(GraphArtifact.toBytes(graph)), "memory");

        assertThat(back.version()).isEqualTo(graph.version());
        assertThat(back.nodes()).isEqualTo(graph.nodes());
        assertThat(back.edges()).isEqualTo(graph.edges());
        assertThat(back.provenance()).isEqualTo(graph.provenance());
        for (String id : graph.ids()) {
            assertThat(back.images(id)).as(id).isEqualTo(graph.images(id));
        }
    }

    @Test
    void load_afterSave_returnsCurrentGraphAndKeepsOlderVersions() {
        GraphStore store = new GraphStore(dir);
        SemanticGraph first = graph(0);
        SemanticGraph second = graph(1);

        store.save(first);
        Path secondFile = store.save(second);

        assertThat(store.load().version()).isEqualTo(second.version());
        assertThat(store.load(first.version()).version()).isEqualTo(first.version());
        assertThat(store.current()).hasValueSatisfying(c -> {
            assertThat(c.file()).isEqualTo(secondFile.getFileName().toString());
            assertThat(c.nodes()).isEqualTo(second.size());
        });
        try (var files = Files.list(dir)) {
            assertThat(files.map(p -> p.getFileName().toString())).noneMatch(n -> n.endsWith(".tmp"));
        } catch (java.io.IOException e) {
            throw new AssertionError(e);
        }
    }

    @Test
    void load_emptyStore_tellsHowToBuild() {
        assertThatThrownBy(() -> new GraphStore(dir).load())
                .isInstanceOf(GraphException.class).hasMessageContaining("mll graph build");
    }

    @Test
    void load_tamperedArtifact_throwsNamingTheFile() throws Exception {
        GraphStore store = new GraphStore(dir);
        Path file = store.save(graph(0));
        String content; // ISO-8859-1 maps bytes 1:1, so the binary parts survive the round trip
        try (var in = new GZIPInputStream(Files.newInputStream(file))) {
            content = new String(in.readAllBytes(), StandardCharsets.ISO_8859_1);
        }
        String tampered = content.replace("a feline mammal", "a canine mammal");
        assertThat(tampered).isNotEqualTo(content);
        try (var out = new GZIPOutputStream(Files.newOutputStream(file))) {
            out.write(tampered.getBytes(StandardCharsets.ISO_8859_1));
        }

        assertThatThrownBy(store::load).isInstanceOf(GraphException.class)
                .hasMessageContaining(file.getFileName().toString()).hasMessageContaining("corrupt");
    }

    @Test
    void read_notAnArtifact_throwsNamingTheSource() {
        byte[] notGraph = GraphArtifact.toBytes(graph(0)).clone();
        java.util.Arrays.fill(notGraph, 10, 40, (byte) 0);

        assertThatThrownBy(() -> GraphArtifact.read(new ByteArrayInputStream(notGraph), "bogus.bin.gz"))
                .isInstanceOf(GraphException.class).hasMessageContaining("bogus.bin.gz");
    }

    @Test
    void load_truncatedArtifact_throwsGraphException() throws Exception {
        GraphStore store = new GraphStore(dir);
        Path file = store.save(graph(0));
        byte[] bytes = Files.readAllBytes(file);
        Files.write(file, java.util.Arrays.copyOf(bytes, bytes.length / 2));

        assertThatThrownBy(store::load).isInstanceOf(GraphException.class)
                .hasMessageContaining(file.getFileName().toString());
    }
}
