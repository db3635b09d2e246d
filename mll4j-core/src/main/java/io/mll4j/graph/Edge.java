package io.mll4j.graph;

/**
 * A hypernym → hyponym edge of the graph.
 *
 * @param parent id of the hypernym
 * @param child  id of the hyponym
 */
public record Edge(String parent, String child) implements Comparable<Edge> {
    public Edge {
        Synset.requireValidId(parent);
        Synset.requireValidId(child);
        if (parent.equals(child)) {
            throw new IllegalArgumentException("Self-loop on " + parent);
        }
    }

    @Override
    public int compareTo(Edge o) {
        int c = parent.compareTo(o.parent);
        return c != 0 ? c : child.compareTo(o.child);
    }
}
