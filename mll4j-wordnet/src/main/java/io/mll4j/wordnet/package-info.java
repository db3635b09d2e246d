/** mll4j wordnet module. */
package io.mll4j.wordnet;
