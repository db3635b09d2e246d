package io.mll4j.bench.synth;

/**
 * Shape and seed of a synthetic hub; everything generated is a pure function of this record.
 *
 * @param seed          master seed
 * @param models        number of models
 * @param nodes         graph nodes (at most 32,767, the index limit)
 * @param imagesPerNode images labeled per node
 * @param neighbourhood nodes near an image's own node that get explicit scores (the rest of the row is a tail
 *                      strictly below them); must be at least {@code topN}
 * @param topN          entries per row kept in the index
 */
public record SyntheticHubSpec(long seed, int models, int nodes, int imagesPerNode, int neighbourhood, int topN) {
    public SyntheticHubSpec {
        if (models < 1 || nodes < 2 || nodes > 0x7FFF || imagesPerNode < 1) {
            throw new IllegalArgumentException("need >= 1 model, 2..32767 nodes and >= 1 image per node, got "
                    + models + " models, " + nodes + " nodes, " + imagesPerNode + " images");
        }
        if (topN < 1 || neighbourhood < topN || neighbourhood > nodes) {
            throw new IllegalArgumentException("need 1 <= topN <= neighbourhood <= nodes, got topN " + topN
                    + ", neighbourhood " + neighbourhood + ", nodes " + nodes);
        }
        if ((long) nodes * imagesPerNode > Integer.MAX_VALUE / topN) {
            throw new IllegalArgumentException(nodes + " nodes x " + imagesPerNode + " images is too many rows");
        }
    }

    /** The paper's hub: 49 models x 9,055 nodes x 75 images, 16 entries per row. */
    public static SyntheticHubSpec paper() {
        return new SyntheticHubSpec(20250613L, 49, 9055, 75, 48, 16);
    }

    public SyntheticHubSpec withModels(int value) {
        return new SyntheticHubSpec(seed, value, nodes, imagesPerNode, neighbourhood, topN);
    }

    public SyntheticHubSpec withNodes(int value) {
        return new SyntheticHubSpec(seed, models, value, imagesPerNode, Math.min(neighbourhood, value), topN);
    }

    public SyntheticHubSpec withTopN(int value) {
        return new SyntheticHubSpec(seed, models, nodes, imagesPerNode, Math.max(neighbourhood, value), value);
    }

    /** Rows per model. */
    public int rows() {
        return nodes * imagesPerNode;
    }
}
