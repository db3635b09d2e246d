/** Model labels: how each hub model behaves on the semantic graph, computed once and stored. */
package io.mll4j.label;
