package io.mll4j.graph;

import io.mll4j.util.Hashes;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;

/**
 * A hand-made hierarchy for tests:
 * <pre>
 * entity ─┬─ animal ─┬─ dog ──┐
 *         │          └─ cat   ├─ toy dog   (two hypernyms)
 *         ├─ artifact ── toy ─┘
 *         └─ abstraction          (no images below: never in a graph)
 * </pre>
 */
final class TinyGraphs {
    static final String ENTITY = "n00000001";
    static final String ANIMAL = "n00000002";
    static final String ARTIFACT = "n00000003";
    static final String ABSTRACTION = "n00000004";
    static final String DOG = "n00000010";
    static final String CAT = "n00000011";
    static final String TOY = "n00000020";
    static final String TOY_DOG = "n00000021";

    private TinyGraphs() {
    }

    static InMemoryLexicon lexicon() {
        return InMemoryLexicon.builder()
                .add(ENTITY, "entity", "that which is perceived to have its own distinct existence")
                .add(ANIMAL, "animal", "a living organism", ENTITY)
                .add(ARTIFACT, "artifact", "a man-made object", ENTITY)
                .add(ABSTRACTION, "abstraction", "a general concept", ENTITY)
                .add(new Synset(DOG, List.of("dog", "domestic dog"), "a domesticated canine"), ANIMAL)
                .add(CAT, "cat", "a feline mammal", ANIMAL)
                .add(TOY, "toy", "an artifact for children to play with", ARTIFACT)
                .add(TOY_DOG, "toy dog", "a small dog kept as a pet or a dog-shaped toy", DOG, TOY)
                .build();
    }

    /** {@code count} images named {@code prefix-i.jpg} with the hash of their name. */
    static List<NodeImage> images(String prefix, int count) {
        List<NodeImage> list = new ArrayList<>();
        for (int i = 0; i < count; i++) {
            String path = "test/" + prefix + "-" + i + ".jpg";
            list.add(new NodeImage(path, Hashes.sha256(path.getBytes(StandardCharsets.UTF_8)), "test"));
        }
        return list;
    }
}
