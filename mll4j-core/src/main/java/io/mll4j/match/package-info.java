/** Matching task classes to graph nodes through a text embedder (the Z matrix and V_sel of paper B). */
package io.mll4j.match;
