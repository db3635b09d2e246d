/**
 * The semantic graph: WordNet 3.0 noun synsets as nodes, hypernym → hyponym edges (a DAG), and a capped, seeded
 * sample of representative images per node. Built once by {@link io.mll4j.graph.GraphBuilder} from a
 * {@link io.mll4j.graph.Lexicon} and the image-bearing leaves, stored as a versioned artifact by
 * {@link io.mll4j.graph.GraphStore}. Nothing here depends on a WordNet library.
 */
package io.mll4j.graph;
