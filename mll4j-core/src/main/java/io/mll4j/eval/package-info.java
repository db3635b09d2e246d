/** Evaluation of hub models on labelled data sets (accuracy per class, class-balanced samples). */
package io.mll4j.eval;
