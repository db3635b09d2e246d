package io.mll4j.label;

import java.util.List;

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
}
