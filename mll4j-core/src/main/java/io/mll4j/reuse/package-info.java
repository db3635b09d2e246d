/** Reuse: run the selected models zero-shot on the task's images and combine their outputs. */
package io.mll4j.reuse;
