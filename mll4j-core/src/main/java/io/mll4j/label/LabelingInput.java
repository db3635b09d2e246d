package io.mll4j.label;

import io.mll4j.graph.NodeImage;
import io.mll4j.graph.NodeText;
import io.mll4j.graph.SemanticGraph;

import java.nio.file.Path;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * What labeling reads from the semantic graph, independent of how the graph is stored.
 *
 * @param graphVersion content version of the graph (part of the label key)
 * @param textVariant  which node text was used ("gloss", "name which is gloss", …; part of the label key)
 * @param nodeTexts    the text d_v of every node, in graph order
 * @param images       distinct images of all nodes
 * @param nodeImages   per node, indices into {@code images}
 */
public record LabelingInput(String graphVersion, String textVariant, List<String> nodeTexts, List<ImageRef> images,
                            int[][] nodeImages) {
    public LabelingInput {
        if (nodeTexts.size() != nodeImages.length) {
            throw new IllegalArgumentException(nodeTexts.size() + " node texts but " + nodeImages.length
                    + " node image lists");
        }
        nodeTexts = List.copyOf(nodeTexts);
        images = List.copyOf(images);
    }

    /**
     * What labeling reads from a semantic graph.
     *
     * @param graph     the graph
     * @param nodeText  how node texts are written
     * @param imageRoot the folder node image paths are relative to (the data home)
     * @return node texts in graph order, the graph's distinct images, and each node's images
     */
    public static LabelingInput of(SemanticGraph graph, NodeText nodeText, Path imageRoot) {
        List<NodeImage> all = graph.allImages();
        Map<NodeImage, Integer> position = new HashMap<>(all.size() * 2);
        for (NodeImage image : all) {
            position.put(image, position.size());
        }
        int[][] nodeImages = new int[graph.size()][];
        for (int u = 0; u < nodeImages.length; u++) {
            nodeImages[u] = graph.images(graph.ids().get(u)).stream().mapToInt(position::get).toArray();
        }
        List<ImageRef> refs = all.stream().map(i -> new ImageRef(imageRoot.resolve(i.path()), i.sha256())).toList();
        return new LabelingInput(graph.version(), LabelKey.variantId(nodeText),
                graph.nodes().stream().map(nodeText::of).toList(), refs, nodeImages);
    }
}
