package io.mll4j.expert;

import io.mll4j.graph.InMemoryLexicon;
import io.mll4j.graph.NodeImage;
import io.mll4j.graph.SemanticGraph;
import io.mll4j.util.Hashes;

import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * A hand-made SDAG of 8 nodes for expert tests (graph index in brackets):
 * <pre>
 * entity[0] ─┬─ animal[1] ─┬─ dog[3] ── puppy[5]
 *            │             └─ cat[4]
 *            └─ vehicle[2] ─┬─ car[6]
 *                           └─ bike[7]
 * </pre>
 * The graph supplies the structure; node → image lists are given by each test, as a labeler would read them.
 */
final class TinyHub {
    static final String ENTITY = "n00000001";
    static final String ANIMAL = "n00000002";
    static final String VEHICLE = "n00000003";
    static final String DOG = "n00000010";
    static final String CAT = "n00000011";
    static final String PUPPY = "n00000012";
    static final String CAR = "n00000020";
    static final String BIKE = "n00000021";

    static final SemanticGraph GRAPH = graph();

    /** The four-class task used throughout: dog, cat, car, bike. */
    static final TaskClasses TASK = new TaskClasses(List.of("dog", "cat", "car", "bike"), List.of(DOG, CAT, CAR, BIKE));

    private TinyHub() {
    }

    private static SemanticGraph graph() {
        InMemoryLexicon lexicon = InMemoryLexicon.builder()
                .add(ENTITY, "entity", "that which exists")
                .add(ANIMAL, "animal", "a living organism", ENTITY)
                .add(VEHICLE, "vehicle", "a conveyance", ENTITY)
                .add(DOG, "dog", "a domesticated canine", ANIMAL)
                .add(CAT, "cat", "a feline", ANIMAL)
                .add(PUPPY, "puppy", "a young dog", DOG)
                .add(CAR, "car", "a motor vehicle", VEHICLE)
                .add(BIKE, "bike", "a bicycle", VEHICLE)
                .build();
        Map<String, List<NodeImage>> leaves = new TreeMap<>();
        for (String leaf : List.of(CAT, PUPPY, CAR, BIKE)) {
            String path = "test/" + leaf + ".jpg";
            leaves.put(leaf, List.of(new NodeImage(path, Hashes.sha256(path.getBytes(StandardCharsets.UTF_8)), "test")));
        }
        return SemanticGraph.builder().setLexicon(lexicon).setLeafImages(leaves).build();
    }

    /** Node → image lists in graph order from (node id, images) pairs; nodes not named get no images. */
    static int[][] nodeImages(Object... idThenImages) {
        int[][] lists = new int[GRAPH.size()][];
        Arrays.fill(lists, new int[0]);
        for (int i = 0; i < idThenImages.length; i += 2) {
            lists[GRAPH.indexOf((String) idThenImages[i])] = (int[]) idThenImages[i + 1];
        }
        return lists;
    }

    /** An expert head over {@code task} whose label holds the given softmax rows (one per image). */
    static TaskHead expert(String id, TaskClasses task, int[][] nodeImages, double ms, List<String> labelSynsets,
                           double[]... outputs) {
        float[][] rows = new float[outputs.length][];
        for (int i = 0; i < outputs.length; i++) {
            rows[i] = new float[outputs[i].length];
            for (int l = 0; l < outputs[i].length; l++) {
                rows[i][l] = (float) outputs[i][l];
            }
        }
        HeadCoverage coverage = HeadCoverage.of(GRAPH, labelSynsets, task);
        return TaskHead.expert(id, coverage, new ExpertLabel(rows, nodeImages), ms);
    }

    /** A VLM head over {@code task} with the given zero-shot probabilities (one row per image). */
    static TaskHead vlm(String id, TaskClasses task, double ms, double[]... outputs) {
        return TaskHead.vlm(id, task.size(), image -> outputs[image].clone(), ms);
    }

    static double[] p(double... values) {
        return values;
    }
}
