/**
 * A compact label index: per labeled image only the ranks of its top-N nodes, memory-mapped, with an exact source
 * behind it for the rare row whose top-N holds none of a task's candidate nodes. It answers
 * {@link io.mll4j.label.NodeScores} exactly as full score rows would, at a fraction of their size.
 */
package io.mll4j.label.index;
