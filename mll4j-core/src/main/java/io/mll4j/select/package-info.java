/** Paper-B selection: per-node confusion on the matched nodes, per-class scores, α-mixed reuse scores, top-k. */
package io.mll4j.select;
