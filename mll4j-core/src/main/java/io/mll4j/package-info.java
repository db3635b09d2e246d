/** mll4j core: semantic graph, model hub, labels, selection and reuse, with no native dependencies. */
package io.mll4j;
